package com.consumesafe.persistence.testdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestDatabaseServerTest {

    private static final TestDatabaseServer EMBEDDED = new TestDatabaseServer() {
        @Override
        public DatabaseCoordinates createDatabase(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void dropDatabase(String name) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void with_neither_a_server_url_nor_docker_it_starts_an_embedded_server() {
        assertThat(TestDatabaseServer.choose(Map.of(), () -> false, () -> EMBEDDED)).isSameAs(EMBEDDED);
    }

    @Test
    void a_blank_url_counts_as_none() {
        assertThat(TestDatabaseServer.choose(Map.of("CONSUMESAFE_TEST_JDBC_URL", "  "), () -> false, () -> EMBEDDED))
                .isSameAs(EMBEDDED);
    }

    @Test
    void when_the_embedded_server_fails_too_it_fails_and_says_why_and_what_to_set() {
        assertThatThrownBy(() -> TestDatabaseServer.choose(Map.of(), () -> false, () -> {
            throw new IllegalStateException("initdb: cannot be run here");
        }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("initdb: cannot be run here")
                .hasMessageContaining("CONSUMESAFE_TEST_JDBC_URL=jdbc:postgresql://")
                .hasMessageContaining("Docker")
                .hasMessageContaining("never skip");
    }

    @Test
    void an_explicit_url_wins_over_docker_and_the_embedded_server_and_is_used_as_given() {
        assertThatThrownBy(() -> TestDatabaseServer.choose(
                Map.of("CONSUMESAFE_TEST_JDBC_URL", "jdbc:mysql://nowhere/db"), () -> true, () -> EMBEDDED))
                .hasMessageContaining("jdbc:mysql://nowhere/db");
    }

    @Test
    void at_the_end_of_a_run_a_shared_server_drops_the_databases_the_run_created() {
        List<String> dropped = new ArrayList<>();
        TestDatabaseServer server = new TestDatabaseServer() {
            @Override
            public DatabaseCoordinates createDatabase(String name) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void dropDatabase(String name) {
                dropped.add(name);
            }
        };

        server.endRun(List.of("consumesafe_test_1_a", "consumesafe_test_1_b"));

        assertThat(dropped).containsExactly("consumesafe_test_1_a", "consumesafe_test_1_b");
    }
}
