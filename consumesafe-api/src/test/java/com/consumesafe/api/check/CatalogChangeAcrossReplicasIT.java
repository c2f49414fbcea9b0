package com.consumesafe.api.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.api.ApiIT;
import com.consumesafe.api.HttpApi;
import com.consumesafe.api.StandaloneApplication;
import com.consumesafe.api.TestCuratorToken;
import com.consumesafe.api.imports.CsvUpload;
import com.consumesafe.persistence.testdb.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two replicas on one database, each with its cache of answers: a curator's change made through one is in the
 * other's checks within a second, and the other's ETag moves with it.
 */
@ApiIT
class CatalogChangeAcrossReplicasIT {

    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(1);
    private static final String CHECK = "/api/v1/check?q=Replicafizz%20Sparkling";

    @LocalServerPort
    private int port;

    private ConfigurableApplicationContext other;
    private HttpApi otherApi;

    @BeforeEach
    void startTheOtherReplica() {
        other = StandaloneApplication.startBeside(TestDatabase.shared());
        otherApi = new HttpApi(((WebServerApplicationContext) other).getWebServer().getPort());
    }

    @AfterEach
    void stopIt() {
        other.close();
    }

    @Test
    void a_listing_imported_through_one_replica_is_in_the_other_replicas_checks_within_a_second() throws Exception {
        HttpApi.Response before = otherApi.get(CHECK);
        assertThat(before.<String>json("$.verdict")).isEqualTo("UNKNOWN");
        assertThat(otherApi.get(CHECK).body()).as("kept, and the same").isEqualTo(before.body());
        String etag = before.header("ETag");
        assertThat(before.header("Cache-Control")).isEqualTo("max-age=5, public");
        HttpApi.Response notModified = otherApi.request("GET", CHECK, null, "If-None-Match", etag);
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(otherApi.get("/api/v1/search?q=Replicafizz").header("ETag")).as("search too").isEqualTo(etag);

        HttpApi.Response imported = new CsvUpload(port).post("/api/v1/imports?list=replica-list&format=legacy",
                "text/csv", """
                        id,boycott_product,brand,category,reason,tunisian_alternative,alternative_brand,intensity
                        1,Replicafizz Sparkling,Replicafizz Drinks,Soda,Listed through the other replica,,,High
                        """, "Authorization", TestCuratorToken.bearer());
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        long importedAt = System.nanoTime();

        HttpApi.Response after = otherApi.get(CHECK);
        while (!"LISTED".equals(after.json("$.verdict"))
                && System.nanoTime() - importedAt < 2 * VISIBLE_WITHIN.toNanos()) {
            Thread.sleep(10);
            after = otherApi.get(CHECK);
        }
        Duration seenAfter = Duration.ofNanos(System.nanoTime() - importedAt);

        assertThat(after.<String>json("$.verdict")).isEqualTo("LISTED");
        assertThat(after.<String>json("$.matches[0].listings[0].list")).isEqualTo("replica-list");
        assertThat(seenAfter).isLessThan(VISIBLE_WITHIN);
        assertThat(after.header("ETag")).isNotEqualTo(etag);
        assertThat(otherApi.request("GET", CHECK, null, "If-None-Match", etag).status())
                .as("the old copy is stale").isEqualTo(200);
        assertThat(otherApi.request("GET", CHECK, null, "If-None-Match", after.header("ETag")).status())
                .isEqualTo(304);
    }
}
