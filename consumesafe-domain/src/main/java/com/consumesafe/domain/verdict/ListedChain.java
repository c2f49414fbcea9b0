package com.consumesafe.domain.verdict;

import com.consumesafe.domain.catalog.OwnershipStep;
import com.consumesafe.domain.listing.Listing;
import java.util.List;

/**
 * What a check reads first: a target's ownership chain and the active listings on it.
 *
 * @param steps    the chain as {@link com.consumesafe.domain.catalog.Ownership} gives it; empty when unknown
 * @param listings the active listings, in the selected lists, on any step of the chain
 */
public record ListedChain(List<OwnershipStep> steps, List<Listing> listings) {

    public ListedChain {
        steps = List.copyOf(steps);
        listings = List.copyOf(listings);
    }
}
