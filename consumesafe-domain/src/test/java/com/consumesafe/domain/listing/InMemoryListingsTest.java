package com.consumesafe.domain.listing;

import com.consumesafe.domain.catalog.CatalogFixture;
import com.consumesafe.domain.catalog.InMemoryCatalog;

class InMemoryListingsTest extends ListingsContract {

    private final InMemoryListings listings = new InMemoryListings();
    private final InMemoryCatalog catalog = new InMemoryCatalog();

    @Override
    protected Listings listings() {
        return listings;
    }

    @Override
    protected CatalogFixture catalog() {
        return catalog;
    }
}
