package com.consumesafe.api.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.ApiIT;
import com.consumesafe.api.HttpApi;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Limits low enough that no refill can happen during the test: one request a minute, two at once. */
@ApiIT
@TestPropertySource(properties = {
    "consumesafe.rate-limit.read.requests-per-minute=1",
    "consumesafe.rate-limit.read.burst=2",
    "consumesafe.rate-limit.reports.requests-per-minute=1",
    "consumesafe.rate-limit.reports.burst=1"
})
class RateLimitIT {

    @LocalServerPort
    private int port;

    @Autowired
    private RateLimitProperties limits;

    @Test
    void a_client_past_its_burst_gets_a_429_problem_with_retry_after_and_others_do_not() {
        HttpApi api = new HttpApi(port);
        String client = "198.51.100." + (1 + Math.floorMod(UUID.randomUUID().hashCode(), 250));
        for (int i = 0; i < limits.read().burst(); i++) {
            assertThat(api.request("GET", "/api/v1/lists", null, "X-Forwarded-For", client).status()).isEqualTo(200);
        }

        HttpApi.Response refused = api.request("GET", "/api/v1/lists", null, "X-Forwarded-For", client);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(api.request("GET", "/api/v1/lists", null, "X-Forwarded-For", "203.0.113.9").status())
                .isEqualTo(200);
    }

    @Test
    void report_submissions_have_a_limit_of_their_own() {
        HttpApi api = new HttpApi(port);
        String body = "{\"kind\":\"CORRECTION\",\"text\":\"Rate limited report\"}";

        HttpApi.Response first = api.request("POST", "/api/v1/reports", body, "X-Forwarded-For", "192.0.2.250");
        HttpApi.Response second = api.request("POST", "/api/v1/reports", body, "X-Forwarded-For", "192.0.2.250");

        assertThat(first.status()).isEqualTo(202);
        assertThat(second.status()).isEqualTo(429);
        assertThat(second.header("Retry-After")).isNotEmpty();
        assertThat(api.request("GET", "/api/v1/lists", null, "X-Forwarded-For", "192.0.2.250").status())
                .isEqualTo(200);
    }
}
