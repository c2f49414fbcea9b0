package com.consumesafe.persistence.listing;

import com.consumesafe.domain.listing.Listings;
import com.consumesafe.domain.listing.ListingsContract;
import com.consumesafe.domain.catalog.CatalogFixture;
import com.consumesafe.persistence.PersistenceIT;
import com.consumesafe.persistence.catalog.JdbcCatalogFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PersistenceIT
class JdbcListingsIT extends ListingsContract {

    @Autowired
    private Listings port;

    @Autowired
    private JdbcTemplate jdbc;

    @Override
    protected Listings listings() {
        return port;
    }

    @Override
    protected CatalogFixture catalog() {
        return new JdbcCatalogFixture(jdbc);
    }
}
