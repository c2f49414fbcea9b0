package com.consumesafe.persistence.testdb;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.testcontainers.DockerClientFactory;

/**
 * The PostgreSQL that database tests use. Each test JVM gets a fresh database of its own ({@link #shared()}),
 * reused across cached Spring contexts and dropped when the JVM ends; tests that need an empty database
 * (migrations from scratch) ask for one more with {@link #createEmpty()}.
 */
public final class TestDatabase {

    static final String NAME_PREFIX = "consumesafe_test_";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<String> CREATED = new ArrayList<>();

    private static TestDatabaseServer server;
    private static DatabaseCoordinates shared;

    private TestDatabase() {
    }

    /** The database of this test JVM. Throws, saying what to configure, when there is no server for tests. */
    public static synchronized DatabaseCoordinates shared() {
        if (shared == null) {
            shared = createEmpty();
        }
        return shared;
    }

    /** A new, empty database on the test server, dropped when the JVM ends. */
    public static synchronized DatabaseCoordinates createEmpty() {
        if (server == null) {
            server = TestDatabaseServer.choose(System.getenv(), TestDatabase::dockerAvailable, EmbeddedServer::start);
            TestDatabaseServer owner = server;
            // one hook, so an embedded server stops only after the databases on it are done with
            Runtime.getRuntime().addShutdownHook(new Thread(() -> owner.endRun(created()), "test-databases-end"));
        }
        String name = newName();
        DatabaseCoordinates coordinates = server.createDatabase(name);
        CREATED.add(name);
        return coordinates;
    }

    static String newName() {
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        return NAME_PREFIX + Instant.now().getEpochSecond() + "_" + HexFormat.of().formatHex(random);
    }

    private static synchronized List<String> created() {
        return List.copyOf(CREATED);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
