package com.consumesafe.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The schema that Flyway builds on startup, checked in the database itself. */
@PersistenceIT
class SchemaIT {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+(?:[._]\\d+)*)__\\w+\\.sql");

    @Autowired
    private JdbcTemplate jdbc;

    // migrations written in Java are beans of the module, beside the SQL files
    @Autowired
    private List<JavaMigration> javaMigrations;

    @Test
    void flyway_applied_every_migration_of_the_module_successfully() throws IOException {
        Set<String> shipped = new TreeSet<>();
        for (Resource migration : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:db/migration/V*__*.sql")) {
            Matcher version = MIGRATION.matcher(migration.getFilename());
            assertThat(version.matches()).as(migration.getFilename()).isTrue();
            // Flyway reads V1_1 as version 1.1
            shipped.add(version.group(1).replace('_', '.'));
        }
        javaMigrations.forEach(migration -> shipped.add(migration.getVersion().getVersion()));
        Integer failed = jdbc.queryForObject(
                "SELECT count(*) FROM flyway_schema_history WHERE NOT success", Integer.class);
        Set<String> applied = new TreeSet<>(jdbc.queryForList(
                "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL", String.class));

        assertThat(shipped).as("versioned migrations of the module").hasSizeGreaterThanOrEqualTo(10);
        assertThat(failed).isZero();
        assertThat(applied).isEqualTo(shipped);
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
