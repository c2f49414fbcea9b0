package com.consumesafe.persistence.catalog;

import com.consumesafe.domain.catalog.CatalogVersion;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The CatalogVersion port on PostgreSQL: the row that V11's triggers bump when a changing transaction commits. */
@Component
class JdbcCatalogVersion implements CatalogVersion {

    private final JdbcTemplate jdbc;

    JdbcCatalogVersion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long current() {
        Long version = jdbc.queryForObject("SELECT version FROM catalog_version", Long.class);
        return version == null ? 0 : version;
    }
}
