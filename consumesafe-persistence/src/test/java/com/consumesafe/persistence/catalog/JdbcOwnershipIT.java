package com.consumesafe.persistence.catalog;

import com.consumesafe.domain.catalog.Ownership;
import com.consumesafe.domain.catalog.OwnershipContract;
import com.consumesafe.domain.catalog.CatalogFixture;
import com.consumesafe.persistence.PersistenceIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PersistenceIT
class JdbcOwnershipIT extends OwnershipContract {

    @Autowired
    private Ownership port;

    @Autowired
    private JdbcTemplate jdbc;

    @Override
    protected Ownership ownership() {
        return port;
    }

    @Override
    protected CatalogFixture catalog() {
        return new JdbcCatalogFixture(jdbc);
    }
}
