package com.consumesafe.persistence.overview;

import com.consumesafe.domain.catalog.CatalogFixture;
import com.consumesafe.domain.listing.Listings;
import com.consumesafe.domain.overview.CatalogOverview;
import com.consumesafe.domain.overview.CatalogOverviewContract;
import com.consumesafe.domain.report.Reports;
import com.consumesafe.persistence.PersistenceIT;
import com.consumesafe.persistence.catalog.JdbcCatalogFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PersistenceIT
class JdbcCatalogOverviewIT extends CatalogOverviewContract {

    @Autowired
    private CatalogOverview overview;

    @Autowired
    private Listings listings;

    @Autowired
    private Reports reports;

    @Autowired
    private JdbcTemplate jdbc;

    @Override
    protected CatalogOverview overview() {
        return overview;
    }

    @Override
    protected CatalogFixture catalog() {
        return new JdbcCatalogFixture(jdbc);
    }

    @Override
    protected Listings listings() {
        return listings;
    }

    @Override
    protected Reports reports() {
        return reports;
    }
}
