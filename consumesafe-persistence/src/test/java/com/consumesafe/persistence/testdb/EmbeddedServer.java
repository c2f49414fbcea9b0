package com.consumesafe.persistence.testdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * PostgreSQL 17 from zonky's embedded binaries, for a machine with neither a server named by CONSUMESAFE_TEST_JDBC_URL
 * nor Docker: one server per test JVM in a temporary directory, stopped, and its directory deleted, when the run ends.
 */
final class EmbeddedServer implements TestDatabaseServer {

    /** Spring contexts close in other shutdown hooks; the server waits this long for them to let go. */
    static final Duration CLIENTS_GRACE = Duration.ofSeconds(10);

    private static final String OTHER_CLIENTS = "SELECT count(*) FROM pg_stat_activity"
            + " WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()";

    private final EmbeddedPostgres postgres;
    private final DatabaseCoordinates maintenance;

    private EmbeddedServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.maintenance = new DatabaseCoordinates(
                "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", null);
    }

    static EmbeddedServer start() {
        try {
            // without zonky's own shutdown hook: endRun stops the server once its clients are gone
            return new EmbeddedServer(EmbeddedPostgres.builder().setRegisterShutdownHook(false).start());
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start: " + e.getMessage(), e);
        }
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

    /** The databases go with the server: waits for the clients to disconnect, then stops it and deletes its files. */
    @Override
    public void endRun(List<String> databases) {
        awaitNoOtherClients(CLIENTS_GRACE);
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitNoOtherClients(Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        try (Connection connection = maintenance.connect(); Statement statement = connection.createStatement()) {
            while (otherClients(statement) > 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } catch (SQLException e) {
            // nothing to wait for when the server cannot be asked: stop it anyway
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int otherClients(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery(OTHER_CLIENTS)) {
            row.next();
            return row.getInt(1);
        }
    }

    private void execute(String sql) {
        try (Connection connection = maintenance.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("The embedded PostgreSQL refused: " + e.getMessage(), e);
        }
    }
}
