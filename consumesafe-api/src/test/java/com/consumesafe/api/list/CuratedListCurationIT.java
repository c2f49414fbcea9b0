package com.consumesafe.api.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.consumesafe.api.ApiIT;
import com.consumesafe.api.HttpApi;
import com.consumesafe.api.TestCuratorToken;
import com.consumesafe.domain.audit.AuditEvent;
import com.consumesafe.domain.audit.AuditTrail;
import com.consumesafe.domain.list.CuratedLists;
import com.consumesafe.domain.list.Slug;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApiIT
class CuratedListCurationIT {

    private static final String BODY = "{\"title\":\"Curated here\",\"description\":\"Made by a test.\"}";

    @Autowired
    private CuratedLists lists;

    @Autowired
    private AuditTrail audit;

    @LocalServerPort
    private int port;

    private HttpApi api;

    @BeforeEach
    void client() {
        api = new HttpApi(port);
    }

    @Test
    void without_a_token_a_write_is_a_401_problem_and_stores_nothing() {
        HttpApi.Response response = api.request("PUT", "/api/v1/lists/curation-anonymous", BODY);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(lists.find(new Slug("curation-anonymous"))).isEmpty();
    }

    @Test
    void a_wrong_or_malformed_token_is_refused_too() {
        assertThat(api.request("PUT", "/api/v1/lists/curation-stranger", BODY,
                "Authorization", "Bearer " + TestCuratorToken.STRANGER).status()).isEqualTo(401);
        assertThat(api.request("PUT", "/api/v1/lists/curation-stranger", BODY,
                "Authorization", "Basic " + TestCuratorToken.TOKEN).status()).isEqualTo(401);
        assertThat(api.request("PUT", "/api/v1/lists/curation-stranger", BODY,
                "Authorization", "Bearer ").status()).isEqualTo(401);
        assertThat(lists.find(new Slug("curation-stranger"))).isEmpty();
    }

    @Test
    void a_curator_creates_then_changes_a_list_and_each_change_is_audited_under_their_label() {
        HttpApi.Response created = api.request("PUT", "/api/v1/lists/curation-made", BODY,
                "Authorization", TestCuratorToken.bearer());
        HttpApi.Response changed = api.request("PUT", "/api/v1/lists/curation-made",
                "{\"title\":\"Renamed\",\"description\":\"\"}", "Authorization", TestCuratorToken.bearer());

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.<String>json("$.title")).isEqualTo("Curated here");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/lists/curation-made").<String>json("$.title")).isEqualTo("Renamed");
        assertThat(audit.of("list", "curation-made"))
                .extracting(AuditEvent::actor, AuditEvent::action)
                .containsExactly(
                        tuple(TestCuratorToken.LABEL, "list.changed"),
                        tuple(TestCuratorToken.LABEL, "list.created"));
    }

    @Test
    void bad_input_from_a_curator_is_a_400_problem_naming_the_field_and_stores_nothing() {
        HttpApi.Response blankTitle = api.request("PUT", "/api/v1/lists/curation-bad", "{\"title\":\"  \"}",
                "Authorization", TestCuratorToken.bearer());
        HttpApi.Response noBody = api.request("PUT", "/api/v1/lists/curation-bad", null,
                "Authorization", TestCuratorToken.bearer());
        HttpApi.Response notJson = api.request("PUT", "/api/v1/lists/curation-bad", "{title:",
                "Authorization", TestCuratorToken.bearer());

        assertThat(blankTitle.status()).isEqualTo(400);
        assertThat(blankTitle.<String>json("$.errors[0].field")).isEqualTo("title");
        assertThat(noBody.status()).isEqualTo(400);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.contentType()).startsWith("application/problem+json");
        assertThat(lists.find(new Slug("curation-bad"))).isEmpty();
    }
}
