package com.consumesafe.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The schema that Flyway builds on startup, checked in the database itself. */
@PersistenceIT
class SchemaIT {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void flyway_applied_every_migration_successfully() {
        Integer failed = jdbc.queryForObject(
                "SELECT count(*) FROM flyway_schema_history WHERE NOT success", Integer.class);
        Integer applied = jdbc.queryForObject(
                "SELECT count(*) FROM flyway_schema_history WHERE version IN ('1', '2')", Integer.class);

        assertThat(failed).isZero();
        assertThat(applied).isEqualTo(2);
    }

    @Test
    void the_database_refuses_a_malformed_slug_even_without_the_domain() {
        assertThatThrownBy(() -> jdbc.update(
                "INSERT INTO curated_list (slug, title) VALUES ('Not A Slug', 'x')"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("curated_list_slug_form");
    }

    @Test
    void the_database_refuses_a_second_list_with_the_same_slug() {
        jdbc.update("INSERT INTO curated_list (slug, title) VALUES ('twice', 'first')");

        assertThatThrownBy(() -> jdbc.update("INSERT INTO curated_list (slug, title) VALUES ('twice', 'second')"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("curated_list_slug_key");
    }
}
