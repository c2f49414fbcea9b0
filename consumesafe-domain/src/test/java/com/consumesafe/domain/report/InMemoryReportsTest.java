package com.consumesafe.domain.report;

import com.consumesafe.domain.catalog.CatalogFixture;
import com.consumesafe.domain.catalog.InMemoryCatalog;

class InMemoryReportsTest extends ReportsContract {

    private final InMemoryReports reports = new InMemoryReports();
    private final InMemoryCatalog catalog = new InMemoryCatalog();

    @Override
    protected Reports reports() {
        return reports;
    }

    @Override
    protected CatalogFixture catalog() {
        return catalog;
    }
}
