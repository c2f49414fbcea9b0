package com.consumesafe.domain.catalog;

class InMemoryOwnershipTest extends OwnershipContract {

    private final InMemoryCatalog catalog = new InMemoryCatalog();

    @Override
    protected Ownership ownership() {
        return catalog;
    }

    @Override
    protected CatalogFixture catalog() {
        return catalog;
    }
}
