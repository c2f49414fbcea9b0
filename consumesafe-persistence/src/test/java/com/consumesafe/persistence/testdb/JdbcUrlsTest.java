package com.consumesafe.persistence.testdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {

    @Test
    void replaces_the_database_and_keeps_host_port_and_parameters() {
        assertThat(JdbcUrls.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres?sslmode=disable", "run_1"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/run_1?sslmode=disable");
    }

    @Test
    void adds_a_database_to_a_url_that_names_none() {
        assertThat(JdbcUrls.withDatabase("jdbc:postgresql://db.internal", "run_1"))
                .isEqualTo("jdbc:postgresql://db.internal/run_1");
    }

    @Test
    void refuses_a_url_for_another_database_product() {
        assertThatThrownBy(() -> JdbcUrls.withDatabase("jdbc:h2:mem:test", "run_1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:h2:mem:test");
    }
}
