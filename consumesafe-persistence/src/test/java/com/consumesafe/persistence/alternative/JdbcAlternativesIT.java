package com.consumesafe.persistence.alternative;

import com.consumesafe.domain.alternative.Alternatives;
import com.consumesafe.domain.alternative.AlternativesContract;
import com.consumesafe.domain.catalog.CatalogFixture;
import com.consumesafe.persistence.PersistenceIT;
import com.consumesafe.persistence.catalog.JdbcCatalogFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PersistenceIT
class JdbcAlternativesIT extends AlternativesContract {

    @Autowired
    private Alternatives port;

    @Autowired
    private JdbcTemplate jdbc;

    @Override
    protected Alternatives alternatives() {
        return port;
    }

    @Override
    protected CatalogFixture catalog() {
        return new JdbcCatalogFixture(jdbc);
    }
}
