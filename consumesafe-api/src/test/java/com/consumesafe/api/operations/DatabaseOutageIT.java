package com.consumesafe.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.HttpApi;
import com.consumesafe.api.StandaloneApplication;
import com.consumesafe.api.TestCuratorToken;
import com.consumesafe.persistence.testdb.DatabaseCoordinates;
import com.consumesafe.persistence.testdb.TestDatabase;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With PostgreSQL gone, requests answer 503 problems with Retry-After instead of hanging, readiness reads DOWN
 * within the probe's timeout while liveness stays UP, and everything comes back by itself when the database does.
 * The application runs with its default timeouts, its database behind a proxy the test cuts and freezes.
 */
class DatabaseOutageIT {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageIT.class);

    // the chart's readiness probe gives up after this (probes.readiness.timeoutSeconds)
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);
    // "within about 2 s": the pool's 1.5 s wait for a connection, and room for a loaded machine
    private static final Duration REQUEST_BOUND = Duration.ofSeconds(4);
    // a statement already on a frozen connection waits for the socket timeout (5 s) first
    private static final Duration FROZEN_BOUND = Duration.ofSeconds(8);
    private static final Duration RECOVERY_PATIENCE = Duration.ofSeconds(30);

    @Test
    void requests_fail_fast_with_503_readiness_reads_down_and_all_recovers_when_the_database_returns()
            throws IOException, InterruptedException {
        DatabaseCoordinates database = TestDatabase.createEmpty();
        try (DatabaseProxy proxy = DatabaseProxy.to(database.url());
                ConfigurableApplicationContext application = StandaloneApplication.start(
                        new DatabaseCoordinates(proxy.route(database.url()), database.user(), database.password()),
                        "--consumesafe.rate-limit.enabled=false",
                        "--consumesafe.admin-token=" + TestCuratorToken.LABEL + "=" + TestCuratorToken.TOKEN)) {
            HttpApi api = new HttpApi(port(application, "local.server.port"));
            HttpApi management = new HttpApi(port(application, "local.management.port"));
            assertThat(api.get(check()).status()).isEqualTo(200);
            assertThat(management.get("/actuator/health/readiness").status()).isEqualTo(200);

            proxy.cut();
            assertUnavailable("cut", api, management, REQUEST_BOUND);
            HttpApi.Response write = timed("cut: a curator's write", () -> api.request("PUT",
                    "/api/v1/lists/outage", "{\"title\":\"Outage\"}", "Authorization", TestCuratorToken.bearer()),
                    REQUEST_BOUND);
            assertServiceUnavailable(write);

            proxy.restore();
            awaitRecovery("cut", api, management);

            proxy.freeze();
            assertUnavailable("frozen", api, management, FROZEN_BOUND);

            proxy.restore();
            awaitRecovery("frozen", api, management);
            // the write refused during the outage stored nothing: it creates the list now
            assertThat(api.request("PUT", "/api/v1/lists/outage", "{\"title\":\"Outage\"}", "Authorization",
                    TestCuratorToken.bearer()).status()).isEqualTo(201);
        }
    }

    private static void assertUnavailable(String how, HttpApi api, HttpApi management, Duration bound) {
        assertServiceUnavailable(timed(how + ": a check", () -> api.get(check()), bound));
        assertServiceUnavailable(timed(how + ": another check", () -> api.get(check()), REQUEST_BOUND));
        HttpApi.Response readiness = timed(how + ": readiness", () -> management.get("/actuator/health/readiness"),
                PROBE_TIMEOUT);
        assertThat(readiness.status()).as(readiness.body()).isEqualTo(503);
        assertThat(readiness.<String>json("$.status")).isEqualTo("DOWN");
        assertThat(readiness.<String>json("$.components.db.status")).isEqualTo("DOWN");
        HttpApi.Response liveness = timed(how + ": liveness", () -> management.get("/actuator/health/liveness"),
                Duration.ofSeconds(1));
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.<String>json("$.status")).isEqualTo("UP");
    }

    private static void assertServiceUnavailable(HttpApi.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<Integer>json("$.status")).isEqualTo(503);
        assertThat(Integer.parseInt(response.header("Retry-After"))).isPositive();
    }

    private static void awaitRecovery(String after, HttpApi api, HttpApi management) throws InterruptedException {
        long start = System.nanoTime();
        Duration waited = Duration.ZERO;
        while (api.get(check()).status() != 200 || management.get("/actuator/health/readiness").status() != 200) {
            waited = Duration.ofNanos(System.nanoTime() - start);
            assertThat(waited).as("recovery after the database was %s", after).isLessThan(RECOVERY_PATIENCE);
            Thread.sleep(100);
        }
        LOG.info("{}: checks and readiness back {} ms after the database returned", after,
                Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    private static HttpApi.Response timed(String what, Supplier<HttpApi.Response> request, Duration bound) {
        long start = System.nanoTime();
        HttpApi.Response response = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        LOG.info("{}: HTTP {} in {} ms", what, response.status(), took.toMillis());
        // a bound on waiting, not a speed target: without one the request hangs until the database returns
        assertThat(took).as("%s answered within %s", what, bound).isLessThan(bound);
        return response;
    }

    // a new query each time, so that nothing is answered from memory
    private static String check() {
        return "/api/v1/check?q=outage+" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static int port(ConfigurableApplicationContext application, String property) {
        return Integer.parseInt(application.getEnvironment().getProperty(property));
    }
}
