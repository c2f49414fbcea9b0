package com.consumesafe.persistence.testdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL 17 in a Testcontainers container: one per test JVM, stopped by Testcontainers when the JVM ends. */
final class ContainerServer implements TestDatabaseServer {

    static final String IMAGE = "postgres:17-alpine";

    private final PostgreSQLContainer container;

    private ContainerServer(PostgreSQLContainer container) {
        this.container = container;
    }

    static ContainerServer start() {
        PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
        container.start();
        return new ContainerServer(container);
    }

    @Override
    public DatabaseCoordinates createDatabase(String name) {
        execute("CREATE DATABASE \"" + name + "\"");
        return new DatabaseCoordinates(container.getJdbcUrl(), container.getUsername(), container.getPassword())
                .withDatabase(name);
    }

    @Override
    public void dropDatabase(String name) {
        execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(
                container.getJdbcUrl(), container.getUsername(), container.getPassword());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("The Testcontainers PostgreSQL refused: " + e.getMessage(), e);
        }
    }
}
