package com.consumesafe.domain.verdict;

import com.consumesafe.domain.alternative.Alternative;
import com.consumesafe.domain.listing.Listing;
import java.util.List;

/**
 * An alternative that is not offered, and why: it is listed itself, through its owners, or cannot be checked.
 *
 * @param alternative the suggestion as curated
 * @param why         the reason in words, for a curator or an import report
 * @param listings    the listings that rule it out, if that is the reason
 */
public record RejectedAlternative(Alternative alternative, String why, List<Listing> listings) {

    public RejectedAlternative {
        listings = listings == null ? List.of() : List.copyOf(listings);
    }
}
