package com.consumesafe.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.HttpApi;
import com.consumesafe.api.StandaloneApplication;
import com.consumesafe.persistence.testdb.DatabaseCoordinates;
import com.consumesafe.persistence.testdb.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Several replicas starting at once against one empty database: all come up, each migration runs once. */
class ConcurrentStartupIT {

    private static final int INSTANCES = 3;

    private final List<ConfigurableApplicationContext> started = new ArrayList<>();

    // replicas are JVMs of their own; here three share one logging system, which set up thrice at once breaks
    @BeforeEach
    void keepLoggingAsItIs() {
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
    }

    @AfterEach
    void stop() {
        started.forEach(ConfigurableApplicationContext::close);
        System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
    }

    @Test
    void three_instances_started_together_are_all_ready_and_migrate_exactly_once() throws Exception {
        DatabaseCoordinates empty = TestDatabase.createEmpty();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(INSTANCES);
        List<Future<ConfigurableApplicationContext>> starting = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            starting.add(pool.submit(() -> {
                go.await();
                return StandaloneApplication.start(empty);
            }));
        }
        go.countDown();
        for (Future<ConfigurableApplicationContext> instance : starting) {
            started.add(instance.get(3, TimeUnit.MINUTES));
        }
        pool.shutdown();

        for (ConfigurableApplicationContext context : started) {
            int managementPort = context.getEnvironment().getRequiredProperty("local.management.port", Integer.class);
            HttpApi.Response readiness = new HttpApi(managementPort).get("/actuator/health/readiness");
            assertThat(readiness.status()).isEqualTo(200);
            assertThat(readiness.<String>json("$.status")).isEqualTo("UP");
        }
        int javaMigrations = started.getFirst().getBeansOfType(JavaMigration.class).size();
        assertThat(appliedMigrations(empty)).isEqualTo(migrationFiles() + javaMigrations).isPositive();
        assertThat(duplicateOrFailedMigrations(empty)).isZero();
    }


    // the SQL migrations; the Java ones are beans that Flyway is handed
    private static int migrationFiles() throws Exception {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*.sql");
        return files.length;
    }

    private static int appliedMigrations(DatabaseCoordinates database) throws SQLException {
        return count(database, "SELECT count(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL");
    }

    private static int duplicateOrFailedMigrations(DatabaseCoordinates database) throws SQLException {
        return count(database, "SELECT count(*) FROM (SELECT version FROM flyway_schema_history"
                + " WHERE version IS NOT NULL GROUP BY version HAVING count(*) > 1 OR bool_or(NOT success)) twice");
    }

    private static int count(DatabaseCoordinates database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getInt(1);
        }
    }
}
