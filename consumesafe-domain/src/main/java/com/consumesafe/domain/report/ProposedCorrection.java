package com.consumesafe.domain.report;

import com.consumesafe.domain.ConflictException;
import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.Text;
import com.consumesafe.domain.listing.Listing;
import com.consumesafe.domain.listing.ListingId;
import com.consumesafe.domain.listing.ListingStatus;
import com.consumesafe.domain.listing.Severity;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A correction of an existing listing: new reason, severity or sources, or retiring it.
 *
 * @param listing  the listing to correct
 * @param reason   its new reason, if it changes
 * @param severity its new severity, if it changes
 * @param sources  its new sources, if they change
 * @param retire   whether it should no longer count (then nothing else changes)
 */
public record ProposedCorrection(ListingId listing, Optional<String> reason, Optional<Severity> severity,
                                 Optional<List<URI>> sources, boolean retire) implements Proposal {

    public ProposedCorrection {
        if (listing == null) {
            throw new InvalidValueException("listing", "must name the listing to correct");
        }
        reason = reason == null ? Optional.empty()
                : reason.map(text -> Text.required("reason", text, Listing.MAX_REASON_LENGTH));
        severity = severity == null ? Optional.empty() : severity;
        sources = sources == null ? Optional.empty() : sources.map(Sources::checked);
        boolean changes = reason.isPresent() || severity.isPresent() || sources.isPresent();
        if (retire && changes) {
            throw new InvalidValueException("retire", "retiring a listing takes no new reason, severity or sources");
        }
        if (!retire && !changes) {
            throw new InvalidValueException("", "must give a new reason, severity or sources, or retire: true");
        }
    }

    @Override
    public ReportKind kind() {
        return ReportKind.CORRECTION;
    }

    @Override
    public boolean needsTarget() {
        return false;
    }

    /** The listing as corrected; a retired listing is history and is not corrected. */
    public Listing applyTo(Listing current) {
        if (!current.isActive()) {
            throw new ConflictException("Listing " + current.id().value() + " is already retired");
        }
        if (retire) {
            return current.retire();
        }
        return new Listing(current.id(), current.list(), current.target(), reason.orElse(current.reason()),
                severity.orElse(current.severity()), sources.orElse(current.sources()), current.since(),
                ListingStatus.ACTIVE);
    }
}
