package com.consumesafe.domain.verdict;

import com.consumesafe.domain.alternative.Alternative;
import com.consumesafe.domain.catalog.OwnershipStep;
import com.consumesafe.domain.listing.Listing;
import java.util.List;
import java.util.Optional;

/**
 * An alternative that is not offered, and why: it is listed itself, through its owners, or cannot be checked.
 *
 * @param alternative the suggestion as curated
 * @param why         the reason in words, for a curator or an import report
 * @param listings    the listings that rule it out, if that is the reason
 * @param path        its ownership as far as it is known; empty when the catalog does not hold it
 */
public record RejectedAlternative(Alternative alternative, String why, List<Listing> listings, OwnershipPath path) {

    public RejectedAlternative {
        listings = listings == null ? List.of() : List.copyOf(listings);
        path = path == null ? OwnershipPath.none() : path;
    }

    /** The name of the product or brand suggested, when the catalog holds it. */
    public Optional<String> name() {
        return path.steps().stream().findFirst().map(OwnershipStep::name);
    }
}
