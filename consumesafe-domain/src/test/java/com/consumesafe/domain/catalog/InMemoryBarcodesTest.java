package com.consumesafe.domain.catalog;

class InMemoryBarcodesTest extends BarcodesContract {

    private final InMemoryCatalog catalog = new InMemoryCatalog();

    @Override
    protected Barcodes barcodes() {
        return catalog;
    }

    @Override
    protected CatalogFixture catalog() {
        return catalog;
    }
}
