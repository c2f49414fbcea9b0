package com.consumesafe.domain.verdict;

import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.listing.Listing;
import java.util.List;
import java.util.Optional;

/**
 * The verdict on one match, with everything that explains it.
 *
 * @param verdict      listed, not listed, or unknown
 * @param match        what was checked; empty when nothing in the catalog matched
 * @param path         its ownership, product first
 * @param listings     every active listing of the selected lists on the path, nearest first
 * @param alternatives the clean alternatives, preferred country first
 * @param rejected     the alternatives not offered because they are listed or cannot be checked
 */
public record Assessment(Verdict verdict, Optional<ListingTarget> match, OwnershipPath path, List<Listing> listings,
                         List<OfferedAlternative> alternatives, List<RejectedAlternative> rejected) {

    public Assessment {
        match = match == null ? Optional.empty() : match;
        path = path == null ? OwnershipPath.none() : path;
        listings = listings == null ? List.of() : List.copyOf(listings);
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        rejected = rejected == null ? List.of() : List.copyOf(rejected);
    }

    /** The answer when the catalog holds nothing to check, such as an unknown barcode. */
    public static Assessment unknown(Optional<ListingTarget> match) {
        return new Assessment(Verdict.UNKNOWN, match, OwnershipPath.none(), List.of(), List.of(), List.of());
    }
}
