package com.consumesafe.api.local;

import com.consumesafe.api.ConsumeSafeApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The local run ({@code mvn -Plocal}): ConsumeSafe on an embedded PostgreSQL with fictional demo data, so a
 * machine with only a JDK and Maven can try it. It lives in test sources so that the embedded database never
 * reaches the production jar or image.
 */
public final class ConsumeSafeWithEmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConsumeSafeWithEmbeddedDatabase.class);

    private final Runnable stopPostgres;
    private final ConfigurableApplicationContext application;

    private ConsumeSafeWithEmbeddedDatabase(Runnable stopPostgres, ConfigurableApplicationContext application) {
        this.stopPostgres = stopPostgres;
        this.application = application;
    }

    /** Ctrl-C ends it: Spring Boot's shutdown hook closes the application, then stops the database. */
    public static void main(String[] args) {
        start(args);
    }

    /** Starts the database, then the application on it; arguments are Spring Boot's (--server.port=...). */
    public static ConsumeSafeWithEmbeddedDatabase start(String... args) {
        EmbeddedPostgres postgres = startPostgres();
        Runnable stopPostgres = () -> stop(postgres);
        // Boot runs its shutdown handlers after closing the application, so no connection is cut under it
        SpringApplication.getShutdownHandlers().add(stopPostgres);
        String[] database = {
            "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=",
        };
        try {
            ConfigurableApplicationContext application = new SpringApplicationBuilder(ConsumeSafeApplication.class)
                    .profiles("demo")
                    .run(Stream.concat(Stream.of(database), Stream.of(args)).toArray(String[]::new));
            // handlers run in reverse order: registered again, it runs before logging stops, so its lines are seen
            SpringApplication.getShutdownHandlers().remove(stopPostgres);
            SpringApplication.getShutdownHandlers().add(stopPostgres);
            ConsumeSafeWithEmbeddedDatabase local = new ConsumeSafeWithEmbeddedDatabase(stopPostgres, application);
            LOG.info("ConsumeSafe is ready with demo data: {}; Ctrl-C stops it", local.addresses().entrySet().stream()
                    .map(address -> address.getKey() + " " + address.getValue())
                    .collect(Collectors.joining(", ")));
            return local;
        } catch (RuntimeException e) {
            SpringApplication.getShutdownHandlers().remove(stopPostgres);
            stopPostgres.run();
            throw e;
        }
    }

    public ConfigurableApplicationContext application() {
        return application;
    }

    /** What to open, by what it is, on the addresses and ports the servers actually took. */
    public Map<String, String> addresses() {
        Environment environment = application.getEnvironment();
        String api = "http://" + host(environment.getProperty("server.address")) + ":"
                + environment.getRequiredProperty("local.server.port");
        String management = "http://" + host(environment.getProperty("management.server.address")) + ":"
                + environment.getRequiredProperty("local.management.port");
        Map<String, String> addresses = new LinkedHashMap<>();
        addresses.put("API", api + "/api/v1/check?q=crunchos");
        addresses.put("Swagger UI", api + "/swagger-ui.html");
        addresses.put("health", management + "/actuator/health");
        return addresses;
    }

    @Override
    public void close() {
        application.close();
        SpringApplication.getShutdownHandlers().remove(stopPostgres);
        stopPostgres.run();
    }

    /** A host for a URL: the bound address, or localhost when bound to every interface. */
    private static String host(String address) {
        if (address == null) {
            return "localhost";
        }
        try {
            InetAddress bound = InetAddress.getByName(address);
            if (bound.isAnyLocalAddress()) {
                return "localhost";
            }
            return address.contains(":") ? "[" + address + "]" : address;
        } catch (UnknownHostException e) {
            return address;
        }
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            // without zonky's own shutdown hook, which would stop the database while the application still runs on it
            return EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    private static void stop(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
