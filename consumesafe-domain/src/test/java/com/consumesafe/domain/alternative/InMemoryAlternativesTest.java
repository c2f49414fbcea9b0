package com.consumesafe.domain.alternative;

import com.consumesafe.domain.catalog.CatalogFixture;
import com.consumesafe.domain.catalog.InMemoryCatalog;

class InMemoryAlternativesTest extends AlternativesContract {

    private final InMemoryAlternatives alternatives = new InMemoryAlternatives();
    private final InMemoryCatalog catalog = new InMemoryCatalog();

    @Override
    protected Alternatives alternatives() {
        return alternatives;
    }

    @Override
    protected CatalogFixture catalog() {
        return catalog;
    }
}
