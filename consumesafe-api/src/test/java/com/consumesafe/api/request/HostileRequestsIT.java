package com.consumesafe.api.request;

import static com.consumesafe.api.RawRequest.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.ApiIT;
import com.consumesafe.api.HttpApi;
import com.consumesafe.api.RawRequest;
import com.consumesafe.api.TestCuratorToken;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The hostile requests of issue 12, one by one: each answers a 4xx problem naming what was wrong, stores nothing,
 * and leaves no ERROR or stack trace in the log.
 */
@ApiIT
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "consumesafe.rate-limit.enabled=false")
class HostileRequestsIT {

    private static final String REPORT = "{\"kind\":\"CORRECTION\",\"text\":\"Hostile requests\"}";

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    private HttpApi api;

    @BeforeEach
    void client() {
        api = new HttpApi(port);
    }

    @ParameterizedTest
    @CsvSource({
        "POST, /api/v1/reports, */*",
        "POST, /api/v1/reports, application/*",
        "POST, /api/v1/reports, text/*",
        "POST, /api/v1/companies, */*",
        "PUT, /api/v1/lists/hostile-list, application/*",
        "POST, /api/v1/listings, text/*",
        "POST, /api/v1/imports?list=hostile-import&format=legacy, */*",
        "POST, /api/v1/reports, not a media type"
    })
    void a_body_whose_content_type_names_no_format_is_a_415_problem_naming_the_header(String method, String path,
            String contentType, CapturedOutput log) {
        HttpApi.Response response = api.raw(RawRequest.of(method, path, utf8(REPORT), "Content-Type", contentType,
                "Authorization", TestCuratorToken.bearer()));

        assertProblem(response, 415, "Content-Type");
        assertQuietLog(log);
    }

    @Test
    void a_nul_character_is_a_400_naming_the_field_in_a_query_and_in_json_and_nothing_is_stored(CapturedOutput log) {
        assertProblem(api.get("/api/v1/products?category=a%00b"), 400, "category");
        assertProblem(api.request("POST", "/api/v1/companies", "{\"name\":\"Nul\\u0000Company\"}",
                "Authorization", TestCuratorToken.bearer()), 400, "name");
        assertProblem(api.request("POST", "/api/v1/reports", "{\"kind\":\"CORRECTION\",\"text\":\"a\\u0000b\"}"),
                400, "text");
        assertProblem(api.request("POST", "/api/v1/products", "{\"name\":\"Nul Product\",\"brandId\":1,"
                + "\"barcodes\":[\"4006381333931\",\"x\\u0000\"]}", "Authorization", TestCuratorToken.bearer()),
                400, "barcodes[1]");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM company WHERE name_key = 'nulcompany'", Integer.class))
                .isZero();
        assertQuietLog(log);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%zz", "%ff%fe", "%C3%28", "%", "%0", "%C3%28%0D%0A2026-11-29T00:00:00.000Z%20ERROR"})
    void a_query_parameter_that_does_not_decode_is_a_400_problem_naming_it(String value, CapturedOutput log) {
        assertProblem(api.raw("GET", "/api/v1/check?lists=all&q=" + value), 400, "q");
        assertProblem(api.raw("GET", "/api/v1/products?page=0&category=" + value), 400, "category");
        assertQuietLog(log);
    }

    @Test
    void a_body_whose_chunked_framing_breaks_is_a_400_problem(CapturedOutput log) {
        String broken = "zz\r\n{\"kind\":\"CORRECTION\"}\r\n0\r\n\r\n";

        HttpApi.Response report = api.raw(RawRequest.chunked("POST", "/api/v1/reports", broken,
                "Content-Type", "application/json"));
        HttpApi.Response company = api.raw(RawRequest.chunked("POST", "/api/v1/companies", "3\r\n{\"nX\r\n",
                "Content-Type", "application/json", "Authorization", TestCuratorToken.bearer()));
        HttpApi.Response csv = api.raw(RawRequest.chunked("POST", "/api/v1/imports?list=hostile-chunks&format=legacy",
                "5\r\nid,bo\r\nzz\r\n", "Content-Type", "text/csv", "Authorization", TestCuratorToken.bearer()));

        for (HttpApi.Response response : List.of(report, company, csv)) {
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.<Integer>json("$.status")).isEqualTo(400);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM curated_list WHERE slug = 'hostile-chunks'",
                Integer.class)).isZero();
        assertQuietLog(log);
    }

    @Test
    void a_json_value_of_the_wrong_type_is_a_400_naming_the_field_by_its_path(CapturedOutput log) {
        String token = TestCuratorToken.bearer();

        assertProblem(api.request("POST", "/api/v1/brands", "{\"name\":\"Typed\",\"companyId\":\"abc\"}",
                "Authorization", token), 400, "companyId");
        assertProblem(api.request("POST", "/api/v1/products", "{\"name\":\"Typed\",\"brandId\":\"abc\"}",
                "Authorization", token), 400, "brandId");
        assertProblem(api.request("POST", "/api/v1/products", "{\"name\":\"Typed\",\"brandId\":1,\"barcodes\":{}}",
                "Authorization", token), 400, "barcodes");
        assertProblem(api.request("POST", "/api/v1/products", "{\"name\":\"Typed\",\"brandId\":"
                + "99999999999999999999999}", "Authorization", token), 400, "brandId");
        assertProblem(api.request("POST", "/api/v1/reports", "{\"kind\":\"CORRECTION\",\"text\":\"x\","
                + "\"proposal\":{\"retire\":\"yes\"}}"), 400, "proposal.retire");
        assertProblem(api.request("POST", "/api/v1/reports", "{\"kind\":\"CORRECTION\",\"text\":[\"x\"]}"), 400,
                "text");
        assertProblem(api.request("POST", "/api/v1/companies", "{\"name\":", "Authorization", token), 400, "body");
        assertQuietLog(log);
    }

    @Test
    void a_client_that_accepts_no_json_gets_a_406_before_anything_is_stored() {
        int reports = jdbc.queryForObject("SELECT count(*) FROM report", Integer.class);

        HttpApi.Response company = api.request("POST", "/api/v1/companies", "{\"name\":\"Only Xml Company\"}",
                "Authorization", TestCuratorToken.bearer(), "Accept", "application/xml");
        HttpApi.Response report = api.request("POST", "/api/v1/reports", REPORT, "Accept", "application/xml");
        HttpApi.Response csv = api.request("GET", "/api/v1/export?list=no-such-list", null, "Accept", "text/csv");

        assertProblem(company, 406, null);
        assertThat(company.location()).isEmpty();
        assertProblem(report, 406, null);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM company WHERE name_key = 'only xml company'",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM report", Integer.class)).isEqualTo(reports);
        // the export speaks CSV: accepting only that is fine, and the unknown list is a 404 problem
        assertThat(csv.status()).isEqualTo(404);
    }

    private static void assertProblem(HttpApi.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<Integer>json("$.status")).isEqualTo(status);
        if (field != null) {
            assertThat(response.<List<String>>json("$.errors[*].field")).containsExactly(field);
        }
    }

    // the log held an ERROR with a stack trace for each of these requests
    private static void assertQuietLog(CapturedOutput log) {
        assertThat(log.getAll()).doesNotContain("ERROR").doesNotContain("\tat ");
    }
}
