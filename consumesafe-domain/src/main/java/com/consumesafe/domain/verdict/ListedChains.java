package com.consumesafe.domain.verdict;

import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.catalog.Ownership;
import com.consumesafe.domain.listing.ListSelection;

/** Port: a chain and the listings on it in one read, since every check starts there. */
public interface ListedChains {

    /** The chain of the target, as {@link Ownership#chainOf}, and the active listings in the lists on it. */
    ListedChain of(ListingTarget target, ListSelection lists);

    /** The chain of the product carrying the barcode, starting at that product, and the listings on it. */
    ListedChain ofProductWith(Gtin barcode, ListSelection lists);
}
