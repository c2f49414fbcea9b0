package com.consumesafe.persistence.testdb;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** A PostgreSQL server that tests may create databases on. */
interface TestDatabaseServer {

    String URL_VARIABLE = "CONSUMESAFE_TEST_JDBC_URL";
    String USER_VARIABLE = "CONSUMESAFE_TEST_JDBC_USER";
    String PASSWORD_VARIABLE = "CONSUMESAFE_TEST_JDBC_PASSWORD";

    String NO_SERVER = "No PostgreSQL for the database tests: with neither " + URL_VARIABLE
            + " set nor Docker available, the tests start an embedded PostgreSQL, and it failed (%s). Either set "
            + URL_VARIABLE + " to a server the tests may create databases on (for example " + URL_VARIABLE
            + "=jdbc:postgresql://127.0.0.1:5432/postgres, with " + USER_VARIABLE + " and " + PASSWORD_VARIABLE
            + " if it needs them), or run the tests where Docker is available so that Testcontainers"
            + " can start postgres:17. Database tests never skip: they fail until one of the three is there.";

    /** Creates a new, empty database with the given name and says how to reach it. */
    DatabaseCoordinates createDatabase(String name);

    /** Drops a database this server created, even while connections to it are still open. */
    void dropDatabase(String name);

    /** Called once, as the test JVM ends, with every database the run created here: they go. */
    default void endRun(List<String> databases) {
        databases.forEach(this::dropDatabase);
    }

    /**
     * Picks the server for this test run: the one named in the environment if any (an explicit choice wins),
     * else a Testcontainers PostgreSQL where Docker answers, else an embedded one; when that fails too, an error
     * that says what to set.
     */
    static TestDatabaseServer choose(Map<String, String> environment, BooleanSupplier dockerAvailable,
            Supplier<TestDatabaseServer> embedded) {
        String url = environment.get(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return new ExternalServer(new DatabaseCoordinates(
                    url.strip(), environment.get(USER_VARIABLE), environment.get(PASSWORD_VARIABLE)));
        }
        if (dockerAvailable.getAsBoolean()) {
            return ContainerServer.start();
        }
        try {
            return embedded.get();
        } catch (RuntimeException e) {
            throw new IllegalStateException(NO_SERVER.formatted(e.getMessage()), e);
        }
    }
}
