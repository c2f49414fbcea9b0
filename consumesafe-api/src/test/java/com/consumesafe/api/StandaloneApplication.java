package com.consumesafe.api;

import com.consumesafe.persistence.testdb.DatabaseCoordinates;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application outside Spring's test context, on loopback and random ports, against a given database. */
public final class StandaloneApplication {

    private StandaloneApplication() {
    }

    /** Command-line arguments, as a deployment would pass them: they outrank application.yaml. */
    public static ConfigurableApplicationContext start(DatabaseCoordinates database, String... more) {
        String[] common = {
            "--server.port=0",
            "--server.address=127.0.0.1",
            "--management.server.port=0",
            "--management.server.address=127.0.0.1",
            "--spring.datasource.hikari.maximum-pool-size=3",
            "--spring.datasource.url=" + database.url(),
            "--spring.datasource.username=" + (database.user() == null ? "" : database.user()),
            "--spring.datasource.password=" + (database.password() == null ? "" : database.password()),
        };
        return new SpringApplicationBuilder(ConsumeSafeApplication.class)
                .run(Stream.concat(Stream.of(common), Stream.of(more)).toArray(String[]::new));
    }

    /**
     * As {@link #start}, for an application that runs beside the cached test contexts: closing it would reset the
     * JVM-wide logging they share, and later concurrent starts in this JVM would race to set it up again, so this one
     * leaves logging alone.
     */
    public static ConfigurableApplicationContext startBeside(DatabaseCoordinates database, String... more) {
        String previous = System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        try {
            return start(database, more);
        } finally {
            if (previous == null) {
                System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
            } else {
                System.setProperty(LoggingSystem.SYSTEM_PROPERTY, previous);
            }
        }
    }
}
