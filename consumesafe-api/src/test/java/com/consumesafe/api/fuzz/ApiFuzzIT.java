package com.consumesafe.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.ApiIT;
import com.consumesafe.api.HttpApi;
import com.consumesafe.api.TestCuratorToken;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Walks the API's own description (/v3/api-docs) and sends every operation the hostile values of issue 12, first
 * without the curator's token, then with it. No answer may be a 5xx; every 4xx is a problem detail, a 400 names the
 * wrong field (the one hostile value when it is one that cannot even be read); nothing is written without the token.
 * Path parameters name rows this test creates, so that curation with the token changes nothing other tests use.
 */
@ApiIT
@TestPropertySource(properties = "consumesafe.rate-limit.enabled=false")
class ApiFuzzIT {

    private static final Logger LOG = LoggerFactory.getLogger(ApiFuzzIT.class);
    // submitting a report needs no token, by design
    private static final List<String> PUBLIC_WRITES = List.of("report", "report_proposal");
    // a problem without "errors" reads as no errors
    private static final Configuration LENIENT = Configuration.defaultConfiguration()
            .addOptions(Option.SUPPRESS_EXCEPTIONS);

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void no_hostile_value_in_any_operation_gets_a_5xx_an_unnamed_refusal_or_a_write_without_the_token() {
        HttpApi api = new HttpApi(port);
        List<ApiOperation> operations = ApiOperation.all(JsonMapper.builder().build()
                .readTree(api.get("/v3/api-docs").body()));
        HostileCases hostile = new HostileCases(seed(api));
        List<HostileCase> cases = operations.stream().flatMap(operation -> hostile.of(operation).stream()).toList();
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();

        Map<String, Integer> before = storedRows();
        cases.forEach(hostileCase -> failures.addAll(sent(api, hostileCase, null)));
        Map<String, Integer> afterStrangers = storedRows();
        cases.forEach(hostileCase -> failures.addAll(sent(api, hostileCase, TestCuratorToken.bearer())));

        LOG.info("fuzzing: {} requests to {} operations in {} ms, {} failures", 2 * cases.size(), operations.size(),
                Duration.ofNanos(System.nanoTime() - start).toMillis(), failures.size());
        assertThat(operations).hasSizeGreaterThanOrEqualTo(25);
        assertThat(afterStrangers).as("rows after the requests without a token").isEqualTo(before);
        assertThat(failures).isEmpty();
    }

    private static List<String> sent(HttpApi api, HostileCase hostileCase, String bearer) {
        HttpApi.Response response = api.raw(hostileCase.request(bearer));
        String who = (bearer == null ? "without" : "with") + " the token: " + hostileCase + " -> " + response.status()
                + " " + abbreviated(response.body());
        List<String> failures = new ArrayList<>();
        int status = response.status();
        if (status >= 500) {
            failures.add("5xx " + who);
        }
        if (!hostileCase.statuses().isEmpty() && !hostileCase.statuses().contains(status)) {
            failures.add("expected one of " + hostileCase.statuses() + " " + who);
        }
        if (status == 406 && !response.location().isEmpty()) {
            failures.add("a 406 with a Location, so something was stored first: " + who);
        }
        if (status < 400) {
            return failures;
        }
        if (!response.contentType().startsWith("application/problem+json")) {
            failures.add("not a problem " + who);
            return failures;
        }
        DocumentContext problem = JsonPath.using(LENIENT).parse(response.body());
        if (!Integer.valueOf(status).equals(problem.read("$.status"))) {
            failures.add("a problem whose status is not the answer's " + who);
        }
        List<String> fields = problem.read("$.errors[*].field");
        List<Object> rows = problem.read("$.errors[*].row");
        if (status == 400 && fields.isEmpty() && !hostileCase.unnamed400()) {
            failures.add("a 400 naming no field " + who);
        }
        if (status == 422 && rows.isEmpty()) {
            failures.add("a 422 naming no row " + who);
        }
        if (status == 400 && hostileCase.field() != null && !fields.contains(hostileCase.field())) {
            failures.add("a 400 not naming " + hostileCase.field() + " " + who);
        }
        return failures;
    }

    // the rows the path parameters name: created by this test, so that writes with the token touch nothing else
    private static Map<String, String> seed(HttpApi api) {
        String token = TestCuratorToken.bearer();
        assertThat(api.request("PUT", "/api/v1/lists/fuzz-list", "{\"title\":\"Fuzz\"}", "Authorization", token)
                .status()).isIn(200, 201);
        long company = id(api.request("POST", "/api/v1/companies", "{\"name\":\"Fuzz Company\"}",
                "Authorization", token));
        long brand = id(api.request("POST", "/api/v1/brands", "{\"name\":\"Fuzz Brand\",\"companyId\":" + company
                + "}", "Authorization", token));
        long product = id(api.request("POST", "/api/v1/products", "{\"name\":\"Fuzz Product\",\"brandId\":" + brand
                + "}", "Authorization", token));
        long listing = id(api.request("POST", "/api/v1/listings", "{\"list\":\"fuzz-list\",\"target\":{\"kind\":"
                + "\"PRODUCT\",\"id\":" + product + "},\"reason\":\"Fuzz\",\"severity\":\"LOW\"}", "Authorization",
                token));
        HttpApi.Response report = api.request("POST", "/api/v1/reports",
                "{\"kind\":\"CORRECTION\",\"text\":\"Fuzz\"}");
        assertThat(report.status()).as(report.body()).isEqualTo(202);
        String reportId = report.json("$.id");
        Map<String, String> values = new HashMap<>();
        values.put("/api/v1/companies/{id}#id", Long.toString(company));
        values.put("/api/v1/brands/{id}#id", Long.toString(brand));
        values.put("/api/v1/products/{id}#id", Long.toString(product));
        values.put("/api/v1/listings/{id}/retire#id", Long.toString(listing));
        values.put("/api/v1/lists/{slug}#slug", "fuzz-list");
        values.put("/api/v1/reports/{id}#id", reportId);
        values.put("/api/v1/curation/reports/{id}/accept#id", reportId);
        values.put("/api/v1/curation/reports/{id}/reject#id", reportId);
        return values;
    }

    private static long id(HttpApi.Response created) {
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.<Number>json("$.id").longValue();
    }

    private Map<String, Integer> storedRows() {
        Map<String, Integer> rows = new TreeMap<>();
        for (String table : jdbc.queryForList("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", String.class)) {
            if (!PUBLIC_WRITES.contains(table)) {
                rows.put(table, jdbc.queryForObject("SELECT count(*) FROM \"" + table + "\"", Integer.class));
            }
        }
        return rows;
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
