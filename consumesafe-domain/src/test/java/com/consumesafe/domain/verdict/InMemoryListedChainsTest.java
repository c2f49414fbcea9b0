package com.consumesafe.domain.verdict;

import com.consumesafe.domain.catalog.CatalogFixture;
import com.consumesafe.domain.catalog.InMemoryCatalog;
import com.consumesafe.domain.listing.InMemoryListings;
import com.consumesafe.domain.listing.Listings;

class InMemoryListedChainsTest extends ListedChainsContract {

    private final InMemoryCatalog catalog = new InMemoryCatalog();
    private final InMemoryListings listings = new InMemoryListings();

    @Override
    protected ListedChains chains() {
        return new InMemoryListedChains(catalog, catalog, listings);
    }

    @Override
    protected Listings listings() {
        return listings;
    }

    @Override
    protected CatalogFixture catalog() {
        return catalog;
    }
}
