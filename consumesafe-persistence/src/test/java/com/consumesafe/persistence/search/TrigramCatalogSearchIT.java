package com.consumesafe.persistence.search;

import com.consumesafe.domain.catalog.CatalogFixture;
import com.consumesafe.domain.search.CatalogSearch;
import com.consumesafe.domain.search.CatalogSearchContract;
import com.consumesafe.persistence.PersistenceIT;
import com.consumesafe.persistence.catalog.JdbcCatalogFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PersistenceIT
class TrigramCatalogSearchIT extends CatalogSearchContract {

    @Autowired
    private CatalogSearch search;

    @Autowired
    private JdbcTemplate jdbc;

    @Override
    protected CatalogSearch search() {
        return search;
    }

    @Override
    protected CatalogFixture catalog() {
        return new JdbcCatalogFixture(jdbc);
    }
}
