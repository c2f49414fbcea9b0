package com.consumesafe.api.health;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The "db" component of readiness, in place of Spring Boot's, whose check of a connection has no time limit: a
 * connection within the pool's wait, then an answer from PostgreSQL within consumesafe.database.health-timeout, so
 * that with the database gone the probe reads DOWN before its own timeout instead of timing out.
 */
@Component("dbHealthIndicator")
class DatabaseReadiness implements HealthIndicator {

    private final DataSource dataSource;
    private final int seconds;

    DatabaseReadiness(DataSource dataSource, @Value("${consumesafe.database.health-timeout:1s}") Duration timeout) {
        this.dataSource = dataSource;
        // Connection.isValid counts whole seconds; 0 would mean no limit at all
        this.seconds = (int) Math.max(1, timeout.toSeconds());
    }

    @Override
    public Health health() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(seconds) ? Health.up().withDetail("database", "PostgreSQL").build()
                    : Health.down().withDetail("reason", "no answer within " + seconds + " s").build();
        } catch (SQLException e) {
            return Health.down().withDetail("reason", "no connection: " + e.getClass().getSimpleName()).build();
        }
    }
}
