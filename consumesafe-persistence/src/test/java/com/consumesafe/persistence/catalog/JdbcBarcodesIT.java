package com.consumesafe.persistence.catalog;

import com.consumesafe.domain.catalog.Barcodes;
import com.consumesafe.domain.catalog.BarcodesContract;
import com.consumesafe.domain.catalog.CatalogFixture;
import com.consumesafe.persistence.PersistenceIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PersistenceIT
class JdbcBarcodesIT extends BarcodesContract {

    @Autowired
    private Barcodes port;

    @Autowired
    private JdbcTemplate jdbc;

    @Override
    protected Barcodes barcodes() {
        return port;
    }

    @Override
    protected CatalogFixture catalog() {
        return new JdbcCatalogFixture(jdbc);
    }
}
