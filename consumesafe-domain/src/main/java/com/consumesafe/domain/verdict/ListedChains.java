package com.consumesafe.domain.verdict;

import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.catalog.Ownership;
import com.consumesafe.domain.catalog.OwnershipStep;
import com.consumesafe.domain.listing.ListSelection;
import com.consumesafe.domain.listing.Listings;
import java.util.List;
import java.util.Objects;

/**
 * Port: a chain and the listings on it in one read, since every check starts there. An adapter may answer it in
 * one query; {@link #from(Ownership, Listings)} answers it with two.
 */
public interface ListedChains {

    /** The chain of the target, as {@link Ownership#chainOf}, and the active listings in the lists on it. */
    ListedChain of(ListingTarget target, ListSelection lists);

    /** The chain of the product carrying the barcode, as {@link Ownership#chainOfProductWith}, and its listings. */
    ListedChain ofProductWith(Gtin barcode, ListSelection lists);

    /** The chain from one port and its listings from the other. */
    static ListedChains from(Ownership ownership, Listings listings) {
        Objects.requireNonNull(ownership, "ownership");
        Objects.requireNonNull(listings, "listings");
        return new ListedChains() {
            @Override
            public ListedChain of(ListingTarget target, ListSelection lists) {
                return listed(ownership.chainOf(target), lists);
            }

            @Override
            public ListedChain ofProductWith(Gtin barcode, ListSelection lists) {
                return listed(ownership.chainOfProductWith(barcode), lists);
            }

            private ListedChain listed(List<OwnershipStep> steps, ListSelection lists) {
                return new ListedChain(steps, steps.isEmpty() ? List.of()
                        : listings.activeOn(steps.stream().map(OwnershipStep::target).toList(), lists));
            }
        };
    }
}
