package com.consumesafe.api.local;

import com.consumesafe.api.ConsumeSafeApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The local run ({@code mvn -Plocal}): ConsumeSafe on an embedded PostgreSQL with fictional demo data, so a
 * machine with only a JDK and Maven can try it. It lives in test sources so that the embedded database never
 * reaches the production jar or image.
 */
public final class ConsumeSafeWithEmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final ConfigurableApplicationContext application;

    private ConsumeSafeWithEmbeddedDatabase(EmbeddedPostgres postgres, ConfigurableApplicationContext application) {
        this.postgres = postgres;
        this.application = application;
    }

    public static void main(String[] args) {
        ConsumeSafeWithEmbeddedDatabase local = start(args);
        Runtime.getRuntime().addShutdownHook(new Thread(local::close, "embedded-postgres-stop"));
    }

    /** Starts the database, then the application on it; arguments are Spring Boot's (--server.port=...). */
    public static ConsumeSafeWithEmbeddedDatabase start(String... args) {
        EmbeddedPostgres postgres = startPostgres();
        String[] database = {
            "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=",
        };
        ConfigurableApplicationContext application = new SpringApplicationBuilder(ConsumeSafeApplication.class)
                .profiles("demo")
                .run(Stream.concat(Stream.of(database), Stream.of(args)).toArray(String[]::new));
        return new ConsumeSafeWithEmbeddedDatabase(postgres, application);
    }

    public ConfigurableApplicationContext application() {
        return application;
    }

    @Override
    public void close() {
        application.close();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }
}
