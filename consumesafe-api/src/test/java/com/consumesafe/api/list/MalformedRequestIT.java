package com.consumesafe.api.list;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.ApiIT;
import com.consumesafe.api.HttpApi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Requests that Tomcat itself refuses still answer as problem details, never as an HTML page. */
@ApiIT
class MalformedRequestIT {

    @LocalServerPort
    private int port;

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/lists/%ZZ", "/api/v1/lists/a%00b", "/api/v1/lists/%C3%28", "/api/v1/lists/%"})
    void a_url_that_cannot_be_decoded_is_a_400_problem(String target) {
        HttpApi.Response response = new HttpApi(port).raw("GET", target);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<Integer>json("$.status")).isEqualTo(400);
        assertThat(response.body()).doesNotContain("<html");
    }
}
