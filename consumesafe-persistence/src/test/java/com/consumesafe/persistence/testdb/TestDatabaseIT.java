package com.consumesafe.persistence.testdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestDatabaseIT {

    @Test
    void each_run_gets_a_database_of_its_own_and_empty_ones_on_request() throws SQLException {
        DatabaseCoordinates shared = TestDatabase.shared();
        DatabaseCoordinates empty = TestDatabase.createEmpty();

        assertThat(TestDatabase.shared()).isEqualTo(shared);
        assertThat(empty.url()).isNotEqualTo(shared.url());
        assertThat(currentDatabase(shared)).startsWith(TestDatabase.NAME_PREFIX);
        assertThat(currentDatabase(empty)).startsWith(TestDatabase.NAME_PREFIX);
        assertThat(tablesIn(empty)).isZero();
    }

    private static String currentDatabase(DatabaseCoordinates database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT current_database()")) {
            row.next();
            return row.getString(1);
        }
    }

    private static int tablesIn(DatabaseCoordinates database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            row.next();
            return row.getInt(1);
        }
    }
}
