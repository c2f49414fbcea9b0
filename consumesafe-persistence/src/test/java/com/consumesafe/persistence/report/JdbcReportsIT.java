package com.consumesafe.persistence.report;

import com.consumesafe.domain.report.Reports;
import com.consumesafe.domain.report.ReportsContract;
import com.consumesafe.domain.catalog.CatalogFixture;
import com.consumesafe.persistence.PersistenceIT;
import com.consumesafe.persistence.catalog.JdbcCatalogFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PersistenceIT
class JdbcReportsIT extends ReportsContract {

    @Autowired
    private Reports port;

    @Autowired
    private JdbcTemplate jdbc;

    @Override
    protected Reports reports() {
        return port;
    }

    @Override
    protected CatalogFixture catalog() {
        return new JdbcCatalogFixture(jdbc);
    }
}
