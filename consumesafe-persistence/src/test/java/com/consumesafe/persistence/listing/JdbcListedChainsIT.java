package com.consumesafe.persistence.listing;

import com.consumesafe.domain.catalog.CatalogFixture;
import com.consumesafe.domain.listing.Listings;
import com.consumesafe.domain.verdict.ListedChains;
import com.consumesafe.domain.verdict.ListedChainsContract;
import com.consumesafe.persistence.PersistenceIT;
import com.consumesafe.persistence.catalog.JdbcCatalogFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PersistenceIT
class JdbcListedChainsIT extends ListedChainsContract {

    @Autowired
    private ListedChains port;

    @Autowired
    private Listings listings;

    @Autowired
    private JdbcTemplate jdbc;

    @Override
    protected ListedChains chains() {
        return port;
    }

    @Override
    protected Listings listings() {
        return listings;
    }

    @Override
    protected CatalogFixture catalog() {
        return new JdbcCatalogFixture(jdbc);
    }
}
