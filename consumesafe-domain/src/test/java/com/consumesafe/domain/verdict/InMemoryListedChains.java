package com.consumesafe.domain.verdict;

import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.catalog.Barcodes;
import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.catalog.Ownership;
import com.consumesafe.domain.catalog.OwnershipStep;
import com.consumesafe.domain.listing.ListSelection;
import com.consumesafe.domain.listing.Listings;
import java.util.List;

/** ListedChains over the in-memory ports: the chain from one, its listings from another. */
public final class InMemoryListedChains implements ListedChains {

    private final Ownership ownership;
    private final Barcodes barcodes;
    private final Listings listings;

    public InMemoryListedChains(Ownership ownership, Barcodes barcodes, Listings listings) {
        this.ownership = ownership;
        this.barcodes = barcodes;
        this.listings = listings;
    }

    @Override
    public ListedChain of(ListingTarget target, ListSelection lists) {
        return listed(ownership.chainOf(target), lists);
    }

    @Override
    public ListedChain ofProductWith(Gtin barcode, ListSelection lists) {
        return listed(barcodes.productWith(barcode).map(ownership::chainOf).orElse(List.of()), lists);
    }

    private ListedChain listed(List<OwnershipStep> steps, ListSelection lists) {
        return new ListedChain(steps, steps.isEmpty() ? List.of()
                : listings.activeOn(steps.stream().map(OwnershipStep::target).toList(), lists));
    }
}
