package com.consumesafe.domain.report;

import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.Text;
import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.list.Slug;
import com.consumesafe.domain.listing.Listing;
import com.consumesafe.domain.listing.ListingStatus;
import com.consumesafe.domain.listing.Severity;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A missing entry: the report's target should be on a list.
 *
 * @param list     the list it belongs on
 * @param reason   why it belongs there
 * @param severity how serious the reason is
 * @param sources  where the reason is documented, http or https addresses
 */
public record ProposedListing(Slug list, String reason, Severity severity, List<URI> sources) implements Proposal {

    public ProposedListing {
        if (list == null) {
            throw new InvalidValueException("list", "must name the list it belongs on");
        }
        if (severity == null) {
            throw new InvalidValueException("severity", "must be HIGH, MEDIUM or LOW");
        }
        reason = Text.required("reason", reason, Listing.MAX_REASON_LENGTH);
        sources = Sources.checked(sources);
    }

    @Override
    public ReportKind kind() {
        return ReportKind.MISSING_ENTRY;
    }

    /** The new active listing of the target. */
    public Listing toListing(ListingTarget target) {
        return new Listing(null, list, target, reason, severity, sources, Optional.empty(), ListingStatus.ACTIVE);
    }
}
