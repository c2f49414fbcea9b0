package com.consumesafe.api.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consumesafe.api.ApiIT;
import com.consumesafe.api.HttpApi;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * X-Forwarded-* from a trusted proxy (the test client on loopback is one, as the ingress is in a cluster): the
 * client's scheme is believed, and no entry is ever looked up in DNS, whatever a client writes there.
 */
@ApiIT
@TestPropertySource(properties = "consumesafe.rate-limit.enabled=false")
class ForwardedHeadersIT {

    @LocalServerPort
    private int port;

    @Test
    void the_recording_resolver_sees_the_lookups_of_this_jvm() {
        String name = "probe-" + UUID.randomUUID() + ".invalid";

        assertThatThrownBy(() -> InetAddress.getByName(name)).isInstanceOf(UnknownHostException.class);

        // so that the test below, finding no lookup, means there was none
        assertThat(RecordingResolverProvider.lookedUp(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%s.invalid", "198.51.100.7, %s.invalid", "%s.invalid, 10.0.0.9", "10.0.0.1:80, %s.invalid",
        "fe80:::1, %s.invalid"})
    void a_host_name_in_x_forwarded_for_is_never_looked_up(String header) {
        String name = "probe-" + UUID.randomUUID();
        String forwardedFor = header.formatted(name);

        HttpApi.Response response = new HttpApi(port).request("GET", "/api/v1/lists", null,
                "X-Forwarded-For", forwardedFor);

        assertThat(response.status()).isEqualTo(200);
        assertThat(RecordingResolverProvider.lookedUp(name)).as("DNS lookup of %s", name).isFalse();
        assertThat(RecordingResolverProvider.lookedUp("10.0.0.1:80")).isFalse();
        assertThat(RecordingResolverProvider.lookedUp("fe80:::1")).isFalse();
    }

    @Test
    void the_scheme_the_client_used_at_the_ingress_is_the_one_the_api_describes() {
        HttpApi.Response docs = new HttpApi(port).request("GET", "/v3/api-docs", null,
                "X-Forwarded-Proto", "https", "X-Forwarded-Port", "443", "X-Forwarded-For", "203.0.113.5");

        assertThat(docs.<String>json("$.servers[0].url")).startsWith("https://");
    }
}
