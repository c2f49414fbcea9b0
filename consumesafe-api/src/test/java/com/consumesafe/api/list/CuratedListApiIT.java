package com.consumesafe.api.list;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.ApiIT;
import com.consumesafe.api.HttpApi;
import com.consumesafe.domain.list.CuratedList;
import com.consumesafe.domain.list.CuratedLists;
import com.consumesafe.domain.list.Slug;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApiIT
class CuratedListApiIT {

    @Autowired
    private CuratedLists lists;

    @LocalServerPort
    private int port;

    private HttpApi api;

    @BeforeEach
    void seed() {
        api = new HttpApi(port);
        lists.save(new CuratedList(new Slug("api-boycott"), "Example boycott", "A fictional boycott list."));
        lists.save(new CuratedList(new Slug("api-recalls"), "Example recalls", "A fictional recall list."));
    }

    @Test
    void lists_every_curated_list_in_slug_order() {
        HttpApi.Response response = api.get("/api/v1/lists");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        List<String> slugs = response.json("$[*].slug");
        assertThat(slugs).containsSubsequence("api-boycott", "api-recalls").isSorted();
        assertThat(response.<List<String>>json("$[?(@.slug == 'api-recalls')].title"))
                .containsExactly("Example recalls");
    }

    @Test
    void shows_one_list_by_its_slug() {
        HttpApi.Response response = api.get("/api/v1/lists/api-boycott");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.<String>json("$.slug")).isEqualTo("api-boycott");
        assertThat(response.<String>json("$.title")).isEqualTo("Example boycott");
        assertThat(response.<String>json("$.description")).isEqualTo("A fictional boycott list.");
    }

    @Test
    void an_unknown_slug_is_a_404_problem() {
        HttpApi.Response response = api.get("/api/v1/lists/no-such-list");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<Integer>json("$.status")).isEqualTo(404);
        assertThat(response.<String>json("$.detail")).contains("no-such-list");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Not%20A%20Slug", "UPPER", "semi%3Bcolon", "%3Cscript%3E", "a--b",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void a_malformed_slug_is_a_400_problem_naming_the_field(String slug) {
        HttpApi.Response response = api.get("/api/v1/lists/" + slug);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<String>json("$.errors[0].field")).isEqualTo("slug");
        assertThat(response.body()).doesNotContain("<script>");
    }

    @Test
    void an_unknown_path_is_a_404_problem_too() {
        HttpApi.Response response = api.get("/api/v1/nothing-here");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
