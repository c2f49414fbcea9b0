package com.consumesafe.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.ApiIT;
import com.consumesafe.api.HttpApi;
import com.consumesafe.api.TestCuratorToken;
import com.consumesafe.domain.audit.AuditEvent;
import com.consumesafe.domain.audit.AuditTrail;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Accepting a report applies what it proposes: the public check answers differently afterwards. */
@ApiIT
class ReportAcceptIT {

    @LocalServerPort
    private int port;

    @Autowired
    private AuditTrail audit;

    private ReportDesk desk;

    @BeforeEach
    void desk() {
        desk = new ReportDesk(new HttpApi(port));
    }

    @Test
    void an_accepted_missing_entry_lists_the_product_under_the_curators_label_and_the_reports_id() {
        long company = desk.create("/api/v1/companies", "{\"name\":\"Accept Missing Co\"}");
        long brand = desk.create("/api/v1/brands", "{\"name\":\"Accept Missing Brand\",\"companyId\":" + company + "}");
        long product = desk.create("/api/v1/products", "{\"name\":\"Accept Missing Drink\",\"brandId\":" + brand + "}");
        desk.curate("PUT", "/api/v1/lists/accept-missing", "{\"title\":\"Accept missing\"}");
        String report = desk.submitted("{\"kind\":\"MISSING_ENTRY\",\"text\":\"It is not on the list\",\"target\":"
                + ReportDesk.target("PRODUCT", product) + ",\"proposal\":{\"list\":\"accept-missing\","
                + "\"reason\":\"Made in a boycotted plant\",\"severity\":\"high\","
                + "\"sources\":[\"https://example.org/plant\"]}}");
        assertThat(desk.check("accept missing drink").<String>json("$.verdict")).isEqualTo("NOT_LISTED");
        HttpApi.Response status = new HttpApi(port).get("/api/v1/reports/" + report);
        assertThat(status.<String>json("$.proposal.list")).isEqualTo("accept-missing");
        assertThat(status.<String>json("$.proposal.severity")).isEqualTo("HIGH");

        HttpApi.Response accepted = desk.accept(report, "{\"decision\":\"Documented\"}");

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.<String>json("$.status")).isEqualTo("ACCEPTED");
        assertThat(accepted.<String>json("$.decision")).isEqualTo("Documented");
        assertThat(accepted.<String>json("$.applied[0].action")).isEqualTo("listing.created");
        String listing = accepted.json("$.applied[0].id");
        HttpApi.Response check = desk.check("accept missing drink");
        assertThat(check.<String>json("$.verdict")).isEqualTo("LISTED");
        assertThat(check.<String>json("$.matches[0].listings[0].list")).isEqualTo("accept-missing");
        assertThat(check.<String>json("$.matches[0].listings[0].reason")).isEqualTo("Made in a boycotted plant");
        assertThat(audit.of("listing", listing)).singleElement().satisfies(event -> {
            assertThat(event.actor()).isEqualTo(TestCuratorToken.LABEL);
            assertThat(event.action()).isEqualTo("listing.created");
            assertThat(event.detail()).containsEntry("report", report);
        });
        assertThat(audit.of("report", report)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("report.accepted");
            assertThat(event.detail().get("applied")).isEqualTo("listing.created listing " + listing);
        });
    }

    @Test
    void an_accepted_correction_changes_a_listing_and_another_retires_it() {
        long company = desk.create("/api/v1/companies", "{\"name\":\"Accept Corrected Co\"}");
        desk.curate("PUT", "/api/v1/lists/accept-corrected", "{\"title\":\"Accept corrected\"}");
        long listing = desk.create("/api/v1/listings", "{\"list\":\"accept-corrected\",\"target\":"
                + ReportDesk.target("COMPANY", company) + ",\"reason\":\"Old reason\",\"severity\":\"HIGH\"}");
        String lower = desk.submitted("{\"kind\":\"CORRECTION\",\"text\":\"It was settled\",\"proposal\":"
                + "{\"listing\":" + listing + ",\"severity\":\"LOW\",\"reason\":\"Settled in court\"}}");
        String retire = desk.submitted("{\"kind\":\"CORRECTION\",\"text\":\"It was sold\",\"proposal\":"
                + "{\"listing\":" + listing + ",\"retire\":true}}");

        HttpApi.Response lowered = desk.accept(lower, null);

        assertThat(lowered.<String>json("$.applied[0].action")).isEqualTo("listing.changed");
        HttpApi.Response check = desk.check("accept corrected co");
        assertThat(check.<String>json("$.matches[0].listings[0].severity")).isEqualTo("LOW");
        assertThat(check.<String>json("$.matches[0].listings[0].reason")).isEqualTo("Settled in court");

        assertThat(desk.accept(retire, "{}").<String>json("$.applied[0].action")).isEqualTo("listing.retired");
        assertThat(desk.check("accept corrected co").<String>json("$.verdict")).isEqualTo("NOT_LISTED");
        assertThat(audit.of("listing", Long.toString(listing))).extracting(AuditEvent::action, AuditEvent::actor)
                .startsWith(org.assertj.core.groups.Tuple.tuple("listing.retired", TestCuratorToken.LABEL),
                        org.assertj.core.groups.Tuple.tuple("listing.changed", TestCuratorToken.LABEL));
        assertThat(audit.of("listing", Long.toString(listing)).getFirst().detail()).containsEntry("report", retire);
    }

    @Test
    void an_accepted_alternative_named_by_the_public_is_made_and_offered_by_the_check() {
        long listed = desk.create("/api/v1/companies", "{\"name\":\"Accept Listed Roasters\"}");
        long clean = desk.create("/api/v1/companies", "{\"name\":\"Accept Clean Holding\",\"country\":\"TN\"}");
        desk.create("/api/v1/brands", "{\"name\":\"Accept Kahwa\",\"companyId\":" + clean + "}");
        desk.curate("PUT", "/api/v1/lists/accept-alternatives", "{\"title\":\"Accept alternatives\"}");
        desk.create("/api/v1/listings", "{\"list\":\"accept-alternatives\",\"target\":"
                + ReportDesk.target("COMPANY", listed) + ",\"severity\":\"MEDIUM\",\"reason\":\"Made up\"}");
        String report = desk.submitted("{\"kind\":\"SUGGESTED_ALTERNATIVE\",\"text\":\"Try this\",\"target\":"
                + ReportDesk.target("COMPANY", listed) + ",\"proposal\":{\"name\":\"Accept Kahwa Classic\","
                + "\"brand\":\"accept KAHWA\",\"origin\":\"tn\",\"note\":\"Roasted nearby\"}}");

        HttpApi.Response accepted = desk.accept(report, null);

        assertThat(accepted.<List<String>>json("$.applied[*].action"))
                .containsExactly("product.created", "alternative.saved");
        HttpApi.Response check = desk.check("accept listed roasters");
        assertThat(check.<List<String>>json("$.matches[0].alternatives[*].name"))
                .containsExactly("Accept Kahwa Classic");
        assertThat(check.<List<String>>json("$.matches[0].alternatives[*].origin")).containsExactly("TN");
        String product = accepted.json("$.applied[0].id");
        assertThat(audit.of("product", product)).singleElement()
                .satisfies(event -> assertThat(event.detail()).containsEntry("report", report));
        assertThat(audit.of("company", Long.toString(listed))).first()
                .satisfies(event -> assertThat(event.action()).isEqualTo("alternative.saved"));

        String again = desk.submitted("{\"kind\":\"SUGGESTED_ALTERNATIVE\",\"text\":\"Same again\",\"target\":"
                + ReportDesk.target("COMPANY", listed) + ",\"proposal\":{\"name\":\"Accept Kahwa Classic\","
                + "\"brand\":\"Accept Kahwa\"}}");
        assertThat(desk.accept(again, null).<List<String>>json("$.applied[*].action"))
                .containsExactly("alternative.saved");
    }

    @Test
    void a_curator_completes_a_free_text_report_and_one_with_nothing_to_apply_records_the_decision_only() {
        long company = desk.create("/api/v1/companies", "{\"name\":\"Accept Amended Co\"}");
        desk.curate("PUT", "/api/v1/lists/accept-amended", "{\"title\":\"Accept amended\"}");
        String freeText = desk.submitted("{\"kind\":\"MISSING_ENTRY\",\"text\":\"Accept Amended Co belongs on it\"}");
        String nothing = desk.submitted("{\"kind\":\"MISSING_ENTRY\",\"text\":\"Something is missing\"}");

        HttpApi.Response completed = desk.accept(freeText, "{\"target\":" + ReportDesk.target("COMPANY", company)
                + ",\"change\":{\"list\":\"accept-amended\",\"severity\":\"medium\",\"reason\":\"Curator's words\"}}");
        HttpApi.Response recorded = desk.accept(nothing, null);

        assertThat(completed.<String>json("$.applied[0].action")).isEqualTo("listing.created");
        assertThat(desk.check("accept amended co").<String>json("$.matches[0].listings[0].severity"))
                .isEqualTo("MEDIUM");
        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.<String>json("$.status")).isEqualTo("ACCEPTED");
        assertThat(recorded.<List<Object>>json("$.applied")).isEmpty();
        assertThat(audit.of("report", nothing)).singleElement()
                .satisfies(event -> assertThat(event.detail()).containsEntry("applied", ""));
    }

    @Test
    void a_curators_change_overrides_what_the_public_proposed() {
        long company = desk.create("/api/v1/companies", "{\"name\":\"Accept Overridden Co\"}");
        desk.curate("PUT", "/api/v1/lists/accept-overridden", "{\"title\":\"Accept overridden\"}");
        String report = desk.submitted("{\"kind\":\"MISSING_ENTRY\",\"text\":\"Terrible\",\"target\":"
                + ReportDesk.target("COMPANY", company) + ",\"proposal\":{\"list\":\"accept-overridden\","
                + "\"severity\":\"HIGH\",\"reason\":\"Terrible people\"}}");

        desk.accept(report, "{\"change\":{\"severity\":\"LOW\",\"reason\":\"One documented recall\"}}");

        HttpApi.Response check = desk.check("accept overridden co");
        assertThat(check.<String>json("$.matches[0].listings[0].severity")).isEqualTo("LOW");
        assertThat(check.<String>json("$.matches[0].listings[0].reason")).isEqualTo("One documented recall");
        assertThat(check.<String>json("$.matches[0].listings[0].list")).isEqualTo("accept-overridden");
    }
}
