package com.consumesafe.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.ApiIT;
import com.consumesafe.api.HttpApi;
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
    void swagger_ui_is_served() {
        HttpApi api = new HttpApi(port);
        HttpApi.Response entry = api.get("/swagger-ui.html");
        assertThat(entry.status()).isEqualTo(302);

        HttpApi.Response page = api.get(entry.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
    }
}
