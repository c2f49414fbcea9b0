package com.consumesafe.api.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rate limits at the NGINX ingress: off unless asked for, and then the annotations the controller reads. */
class ChartRateLimitTest {

    private static final String NGINX = "nginx.ingress.kubernetes.io/";

    @Test
    void the_ingress_limits_no_rate_by_default() {
        Map<String, Object> ingress = Chart.render("values-production.yaml").one("Ingress");

        assertThat(Manifests.at(ingress, "metadata")).asString().doesNotContain(NGINX + "limit");
    }

    @Test
    void the_ingress_limits_each_client_address_when_enabled_and_keeps_other_annotations() {
        Map<String, Object> ingress = Chart.render(List.of(Chart.valuesFile("values-production.yaml")), Map.of(
                "ingress.rateLimit.enabled", "true", "ingress.rateLimit.requestsPerMinute", "300",
                "ingress.rateLimit.connections", "20",
                "ingress.annotations.cert-manager\\.io/cluster-issuer", "letsencrypt")).one("Ingress");

        assertThat(Manifests.mapAt(ingress, "metadata.annotations"))
                .containsEntry(NGINX + "limit-rpm", "300")
                .containsEntry(NGINX + "limit-burst-multiplier", "5")
                .containsEntry(NGINX + "limit-connections", "20")
                .containsEntry("cert-manager.io/cluster-issuer", "letsencrypt");
    }
}
