package com.consumesafe.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.ApiIT;
import com.consumesafe.api.HttpApi;
import com.consumesafe.api.TestCuratorToken;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApiIT
class ReportApiIT {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @LocalServerPort
    private int port;

    /** Each submission from its own address, as separate people would send them, so the rate limit stays out of it. */
    private static HttpApi.Response report(HttpApi api, String body) {
        return api.request("POST", "/api/v1/reports", body, "X-Forwarded-For", "192.0.2." + CLIENTS.incrementAndGet());
    }

    @Test
    void anyone_reports_a_curator_decides_and_the_reporter_sees_the_decision_but_no_contact_leaks() {
        HttpApi api = new HttpApi(port);
        HttpApi.Response submitted = report(api, "{\"kind\":\"missing_entry\","
                + "\"text\":\"Please add Example Cola\",\"contact\":\"reader@example.org\"}");
        assertThat(submitted.status()).isEqualTo(202);
        String id = submitted.json("$.id");
        assertThat(submitted.location()).endsWith("/api/v1/reports/" + id);

        HttpApi.Response status = api.get("/api/v1/reports/" + id);
        assertThat(status.<String>json("$.status")).isEqualTo("PENDING");
        assertThat(status.body()).doesNotContain("reader@example.org");

        HttpApi.Response pending = api.request("GET", "/api/v1/curation/reports?limit=200", null,
                "Authorization", TestCuratorToken.bearer());
        assertThat(pending.<List<String>>json("$[*].contact")).contains("reader@example.org");
        assertThat(api.get("/api/v1/curation/reports").status()).isEqualTo(401);

        HttpApi.Response rejected = api.request("POST", "/api/v1/curation/reports/" + id + "/reject",
                "{\"decision\":\"No source given\"}", "Authorization", TestCuratorToken.bearer());
        assertThat(rejected.<String>json("$.status")).isEqualTo("REJECTED");
        assertThat(api.get("/api/v1/reports/" + id).<String>json("$.decision")).isEqualTo("No source given");
        assertThat(api.request("POST", "/api/v1/curation/reports/" + id + "/accept", null,
                "Authorization", TestCuratorToken.bearer()).status()).isEqualTo(409);
    }

    @Test
    void a_bad_report_is_a_400_problem_naming_the_field_and_an_unknown_id_a_404() {
        HttpApi api = new HttpApi(port);

        assertThat(report(api, "{\"kind\":\"praise\",\"text\":\"x\"}")
                .<String>json("$.errors[0].field")).isEqualTo("kind");
        assertThat(report(api, "{\"kind\":\"CORRECTION\",\"text\":\"   \"}")
                .<String>json("$.errors[0].field")).isEqualTo("text");
        assertThat(report(api, "{\"kind\":\"CORRECTION\",\"text\":\""
                + "x".repeat(5000) + "\"}").<String>json("$.errors[0].field")).isEqualTo("text");
        assertThat(api.get("/api/v1/reports/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/reports/not-a-uuid").status()).isEqualTo(400);
    }
}
