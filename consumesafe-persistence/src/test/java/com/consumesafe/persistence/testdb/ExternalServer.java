package com.consumesafe.persistence.testdb;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A PostgreSQL server named by CONSUMESAFE_TEST_JDBC_URL; the harness makes and drops databases on it. */
final class ExternalServer implements TestDatabaseServer {

    /** Databases of runs that died before dropping theirs; names carry their creation second. */
    private static final Duration ABANDONED_AFTER = Duration.ofHours(6);
    private static final Pattern RUN_DATABASE = Pattern.compile(TestDatabase.NAME_PREFIX + "(\\d+)_[0-9a-f]+");

    private final DatabaseCoordinates maintenance;

    ExternalServer(DatabaseCoordinates maintenance) {
        this.maintenance = maintenance;
        dropAbandonedDatabases();
    }

    @Override
    public DatabaseCoordinates createDatabase(String name) {
        execute("CREATE DATABASE " + DatabaseCoordinates.quoted(name));
        return maintenance.withDatabase(name);
    }

    @Override
    public void dropDatabase(String name) {
        execute("DROP DATABASE IF EXISTS " + DatabaseCoordinates.quoted(name) + " WITH (FORCE)");
    }

    private void dropAbandonedDatabases() {
        Instant cutoff = Instant.now().minus(ABANDONED_AFTER);
        List<String> abandoned = new ArrayList<>();
        try (Connection connection = maintenance.connect(); Statement statement = connection.createStatement();
                // only databases this user may drop: another role's are not this run's business
                ResultSet names = statement.executeQuery(
                        "SELECT datname FROM pg_database WHERE pg_has_role(datdba, 'MEMBER')")) {
            while (names.next()) {
                Matcher matcher = RUN_DATABASE.matcher(names.getString(1));
                if (matcher.matches() && Instant.ofEpochSecond(Long.parseLong(matcher.group(1))).isBefore(cutoff)) {
                    abandoned.add(names.getString(1));
                }
            }
        } catch (SQLException e) {
            throw unreachable(e);
        }
        abandoned.forEach(this::dropDatabase);
    }

    private void execute(String sql) {
        try (Connection connection = maintenance.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }

    private IllegalStateException unreachable(SQLException e) {
        return new IllegalStateException("The test PostgreSQL server named by " + URL_VARIABLE + " ("
                + maintenance.url() + ") refused: " + e.getMessage()
                + ". The user must be allowed to CREATE DATABASE.", e);
    }
}
