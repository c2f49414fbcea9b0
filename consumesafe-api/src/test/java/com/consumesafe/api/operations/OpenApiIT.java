package com.consumesafe.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.ApiIT;
import com.consumesafe.api.HttpApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApiIT
class OpenApiIT {

    @LocalServerPort
    private int port;

    @Test
    void the_api_description_lists_the_endpoints() {
        HttpApi.Response response = new HttpApi(port).get("/v3/api-docs");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.<String>json("$.info.title")).isEqualTo("ConsumeSafe API");
        assertThat(response.<Map<String, Object>>json("$.paths")).containsKeys("/api/v1/lists", "/api/v1/lists/{slug}");
    }

    @Test
    void the_check_documents_its_three_verdicts_and_its_suggestions_with_examples() {
        HttpApi.Response response = new HttpApi(port).get("/v3/api-docs");

        assertThat(response.<List<String>>json("$.components.schemas.CheckResponse.properties.verdict.enum"))
                .containsExactlyInAnyOrder("LISTED", "NOT_LISTED", "UNKNOWN");
        assertThat(response.<String>json("$.components.schemas.CheckResponse.properties.verdict.description"))
                .contains("never read it as clean");
        assertThat(response.<Map<String, Object>>json("$.components.schemas.CheckResponse.properties"))
                .containsKeys("didYouMean", "unknownReason", "corrected", "readAs", "matches");
        assertThat(response.<Map<String, Map<String, Object>>>json(
                "$.paths['/api/v1/check'].get.responses['200'].content['application/json'].examples"))
                .containsKeys("unknown, did you mean", "listed, a typing error corrected", "not listed")
                .extractingByKey("unknown, did you mean").extracting(example -> example.get("value"))
                .asString().contains("didYouMean", "Dominos");
    }

    @Test
    void swagger_ui_is_served() {
        HttpApi api = new HttpApi(port);
        HttpApi.Response entry = api.get("/swagger-ui.html");
        assertThat(entry.status()).isEqualTo(302);

        HttpApi.Response page = api.get(entry.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
    }
}
