package com.consumesafe.persistence.testdb;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TestDatabaseServerTest {

    @Test
    void with_neither_a_server_url_nor_docker_it_fails_and_says_what_to_set() {
        assertThatThrownBy(() -> TestDatabaseServer.choose(Map.of(), () -> false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CONSUMESAFE_TEST_JDBC_URL=jdbc:postgresql://")
                .hasMessageContaining("Docker")
                .hasMessageContaining("never skip");
    }

    @Test
    void a_blank_url_counts_as_none() {
        assertThatThrownBy(() -> TestDatabaseServer.choose(Map.of("CONSUMESAFE_TEST_JDBC_URL", "  "), () -> false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No PostgreSQL for the database tests");
    }

    @Test
    void an_explicit_url_wins_over_docker_and_is_used_as_given() {
        assertThatThrownBy(() -> TestDatabaseServer.choose(
                Map.of("CONSUMESAFE_TEST_JDBC_URL", "jdbc:mysql://nowhere/db"), () -> true))
                .hasMessageContaining("jdbc:mysql://nowhere/db");
    }
}
