package com.consumesafe.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.ApiIT;
import com.consumesafe.api.HttpApi;
import com.consumesafe.domain.audit.AuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A report whose change cannot apply stays pending and the catalog stays as it was; bad proposals are refused. */
@ApiIT
class ReportAcceptRefusalIT {

    @LocalServerPort
    private int port;

    @Autowired
    private AuditTrail audit;

    @Autowired
    private JdbcTemplate jdbc;

    private HttpApi api;
    private ReportDesk desk;

    @BeforeEach
    void desk() {
        api = new HttpApi(port);
        desk = new ReportDesk(api);
    }

    @Test
    void a_change_that_cannot_apply_is_a_problem_naming_the_field_and_the_report_stays_pending() {
        long company = desk.create("/api/v1/companies", "{\"name\":\"Refused Listed Co\"}");
        desk.curate("PUT", "/api/v1/lists/refused", "{\"title\":\"Refused\"}");
        long listing = desk.create("/api/v1/listings", "{\"list\":\"refused\",\"target\":"
                + ReportDesk.target("COMPANY", company) + ",\"severity\":\"HIGH\",\"reason\":\"First\"}");
        desk.curate("POST", "/api/v1/listings/" + listing + "/retire", null);
        long relisted = desk.create("/api/v1/listings", "{\"list\":\"refused\",\"target\":"
                + ReportDesk.target("COMPANY", company) + ",\"severity\":\"HIGH\",\"reason\":\"Kept\"}");
        String twice = desk.submitted("{\"kind\":\"MISSING_ENTRY\",\"text\":\"Add it\",\"target\":"
                + ReportDesk.target("COMPANY", company)
                + ",\"proposal\":{\"list\":\"refused\",\"severity\":\"LOW\",\"reason\":\"R\"}}");
        String retired = desk.submitted("{\"kind\":\"CORRECTION\",\"text\":\"Lower it\",\"proposal\":{\"listing\":"
                + listing + ",\"severity\":\"LOW\"}}");
        String noBrand = desk.submitted("{\"kind\":\"SUGGESTED_ALTERNATIVE\",\"text\":\"Try it\",\"target\":"
                + ReportDesk.target("COMPANY", company) + ",\"proposal\":{\"name\":\"Refused Tea\","
                + "\"brand\":\"Refused Brand Nobody Made\"}}");
        int listings = count("listing");
        int products = count("product");
        int alternatives = count("alternative");

        assertRefused(desk.accept(twice, null), 409, "target");
        assertRefused(desk.accept(twice, "{\"change\":{\"list\":\"refused-nowhere\"}}"), 422, "change.list");
        assertRefused(desk.accept(twice, "{\"target\":" + ReportDesk.target("PRODUCT", 999_999_999) + "}"), 422,
                "target");
        assertRefused(desk.accept(retired, null), 409, "proposal.listing");
        assertRefused(desk.accept(retired, "{\"change\":{\"listing\":999999999}}"), 422, "change.listing");
        assertRefused(desk.accept(noBrand, null), 422, "proposal.brand");
        assertRefused(desk.accept(noBrand, "{\"change\":{\"suggested\":" + ReportDesk.target("BRAND", 999_999_999)
                + "}}"), 422, "change.suggested");
        assertRefused(desk.accept(twice, "{\"change\":{\"severity\":\"worst\"}}"), 400, "change.severity");
        assertRefused(desk.accept(twice, "{\"change\":{\"name\":\"Not a listing field\"}}"), 400, "change.name");

        for (String report : new String[] {twice, retired, noBrand}) {
            assertThat(desk.status(report)).isEqualTo("PENDING");
            assertThat(audit.of("report", report)).isEmpty();
        }
        assertThat(count("listing")).isEqualTo(listings);
        assertThat(count("product")).isEqualTo(products);
        assertThat(count("alternative")).isEqualTo(alternatives);
        assertThat(desk.check("refused listed co").<String>json("$.matches[0].listings[0].reason"))
                .isEqualTo("Kept");
        assertThat(audit.of("listing", Long.toString(relisted))).hasSize(1);
    }

    @Test
    void without_a_token_accepting_writes_nothing() {
        long company = desk.create("/api/v1/companies", "{\"name\":\"Refused Anonymous Co\"}");
        desk.curate("PUT", "/api/v1/lists/refused-anonymous", "{\"title\":\"Refused anonymous\"}");
        String report = desk.submitted("{\"kind\":\"MISSING_ENTRY\",\"text\":\"Add it\",\"target\":"
                + ReportDesk.target("COMPANY", company) + ",\"proposal\":{\"list\":\"refused-anonymous\","
                + "\"severity\":\"LOW\",\"reason\":\"R\"}}");

        HttpApi.Response anonymous = api.request("POST", "/api/v1/curation/reports/" + report + "/accept", null);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(desk.status(report)).isEqualTo("PENDING");
        assertThat(desk.check("refused anonymous co").<String>json("$.verdict")).isEqualTo("NOT_LISTED");
        assertThat(audit.of("report", report)).isEmpty();
    }

    @Test
    void a_bad_proposal_is_a_400_problem_naming_the_field_and_nothing_is_stored() {
        long company = desk.create("/api/v1/companies", "{\"name\":\"Refused Proposal Co\"}");
        desk.curate("PUT", "/api/v1/lists/refused-proposal", "{\"title\":\"Refused proposal\"}");
        String target = ",\"target\":" + ReportDesk.target("COMPANY", company);
        int reports = count("report");

        assertField("{\"kind\":\"MISSING_ENTRY\",\"text\":\"x\"" + target
                + ",\"proposal\":{\"list\":\"refused-proposal\",\"severity\":\"urgent\"}}", "proposal.severity");
        assertField("{\"kind\":\"MISSING_ENTRY\",\"text\":\"x\"" + target
                + ",\"proposal\":{\"list\":\"no-such-list-here\",\"severity\":\"LOW\",\"reason\":\"R\"}}",
                "proposal.list");
        assertField("{\"kind\":\"MISSING_ENTRY\",\"text\":\"x\"" + target
                + ",\"proposal\":{\"list\":\"Not A Slug\",\"severity\":\"LOW\",\"reason\":\"R\"}}", "proposal.list");
        assertField("{\"kind\":\"MISSING_ENTRY\",\"text\":\"x\""
                + ",\"proposal\":{\"list\":\"refused-proposal\",\"severity\":\"LOW\",\"reason\":\"R\"}}", "target");
        assertField("{\"kind\":\"MISSING_ENTRY\",\"text\":\"x\"" + target
                + ",\"proposal\":{\"list\":\"refused-proposal\",\"severity\":\"LOW\",\"brand\":\"B\"}}",
                "proposal.brand");
        assertField("{\"kind\":\"MISSING_ENTRY\",\"text\":\"x\"" + target
                + ",\"proposal\":{\"list\":\"refused-proposal\","
                + "\"severity\":\"LOW\",\"sources\":[\"ftp://example.org\"]}}", "proposal.sources");
        assertField("{\"kind\":\"CORRECTION\",\"text\":\"x\",\"proposal\":{\"listing\":1}}", "proposal");
        assertField("{\"kind\":\"CORRECTION\",\"text\":\"x\",\"proposal\":{\"listing\":0,\"retire\":true}}",
                "proposal.listing");
        assertField("{\"kind\":\"SUGGESTED_ALTERNATIVE\",\"text\":\"x\"" + target + ",\"proposal\":{\"suggested\":"
                + ReportDesk.target("COMPANY", company) + "}}", "proposal.suggested");
        assertField("{\"kind\":\"SUGGESTED_ALTERNATIVE\",\"text\":\"x\"" + target + ",\"proposal\":{\"suggested\":"
                + "{\"kind\":\"SHOP\",\"id\":1}}}", "proposal.suggested");
        assertField("{\"kind\":\"SUGGESTED_ALTERNATIVE\",\"text\":\"x\"" + target
                + ",\"proposal\":{\"name\":\"Tea\",\"brand\":\"Brand\",\"origin\":\"ZZ\"}}", "proposal.origin");
        assertThat(count("report")).isEqualTo(reports);
        assertThat(desk.report("{\"kind\":\"CORRECTION\",\"text\":\"Just words\",\"proposal\":{}}").status())
                .isEqualTo(202);
    }

    private void assertField(String body, String field) {
        assertRefused(desk.report(body), 400, field);
    }

    private static void assertRefused(HttpApi.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<String>json("$.errors[0].field")).isEqualTo(field);
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
    }
}
