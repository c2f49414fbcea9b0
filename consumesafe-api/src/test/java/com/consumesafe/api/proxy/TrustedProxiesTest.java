package com.consumesafe.api.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TrustedProxiesTest {

    private static final TrustedProxies PRIVATE = TrustedProxies.of(List.of("10.0.0.0/8", "172.16.0.0/12",
            "192.168.0.0/16", "127.0.0.0/8", "::1/128", "fc00::/7"));

    @ParameterizedTest
    @CsvSource({
        "10.1.2.3, true", "10.255.255.255, true", "11.0.0.1, false", "172.16.0.1, true", "172.31.255.254, true",
        "172.32.0.1, false", "192.168.7.7, true", "192.169.0.1, false", "127.0.0.1, true", "0:0:0:0:0:0:0:1, true",
        "::1, true", "fd12:3456::1, true", "fe80::1, false", "2001:db8::1, false", "::ffff:10.1.2.3, true",
        "203.0.113.9, false"
    })
    void trusts_addresses_in_its_ranges_only(String address, boolean trusted) {
        assertThat(PRIVATE.trusts(address)).isEqualTo(trusted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "proxy.internal", "10.0.0.1.nip.io", "1.2.3", "10.0.0.256", "10.0.0.1:80",
        "[::1]", "", "deadbeef", "fe80::1%eth0", ".:", "fe80:::1"})
    void reads_no_name_and_no_malformed_address_as_an_address(String text) {
        assertThat(AddressRange.literal(text)).isEmpty();
        assertThat(PRIVATE.trusts(text)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // an untrusted peer's header is ignored: it could say anything
        "203.0.113.9|198.51.100.1|203.0.113.9",
        // through the ingress: the nearest untrusted hop is the client, whatever it claims further left
        "10.0.0.5|6.6.6.6, 198.51.100.1|198.51.100.1",
        "10.0.0.5|198.51.100.1, 10.0.0.9|198.51.100.1",
        // a name or garbage ends the walk at the last trusted hop, and is never looked up
        "10.0.0.5|198.51.100.1, attacker.example|10.0.0.5",
        "10.0.0.5|198.51.100.1, not an address, 10.0.0.9|10.0.0.9",
        // only proxies: the farthest of them
        "10.0.0.5|192.168.1.1, 10.0.0.9|192.168.1.1",
        "10.0.0.5||10.0.0.5"
    })
    void finds_the_client_behind_trusted_proxies(String peer, String forwardedFor, String client) {
        List<String> hops = forwardedFor == null ? List.of()
                : List.of(forwardedFor.split(",")).stream().map(String::strip).toList();

        assertThat(PRIVATE.client(peer, hops)).isEqualTo(client);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"10.0.0.0/8|10.0.0.0/8", "10.1.2.3/8|10.1.2.3/8", "::1|0:0:0:0:0:0:0:1/128",
        "192.168.0.1|192.168.0.1/32", "10.0.0.0/0|10.0.0.0/0"})
    void reads_ranges_in_cidr_notation(String cidr, String shown) {
        assertThat(AddressRange.parse(cidr)).hasToString(shown).isEqualTo(AddressRange.parse(cidr));
        assertThat(AddressRange.parse(cidr).hashCode()).isEqualTo(AddressRange.parse(cidr).hashCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "::1/129", "10.0.0.0/-1", "10.0.0.0/x", "proxy.internal/8", "10.0.0/8"})
    void refuses_a_range_that_is_not_one_naming_it(String cidr) {
        assertThatThrownBy(() -> AddressRange.parse(cidr)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(cidr);
    }
}
