package com.consumesafe.api.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CuratorTokensTest {

    private final String alice = token();
    private final String bob = token();

    @Test
    void knows_each_curator_by_the_label_before_the_token() {
        CuratorTokens tokens = CuratorTokens.parse(" alice=" + alice + " , bob = " + bob + ",");

        assertThat(tokens.curatorHolding(alice)).contains("alice");
        assertThat(tokens.curatorHolding(bob)).contains("bob");
        assertThat(tokens.curatorHolding(token())).isEmpty();
        assertThat(tokens.curatorHolding(alice + "x")).isEmpty();
        assertThat(tokens.curatorHolding("")).isEmpty();
    }

    @Test
    void labels_a_bare_token_by_the_start_of_its_hash_not_by_the_token() {
        CuratorTokens tokens = CuratorTokens.parse(alice);

        assertThat(tokens.curatorHolding(alice)).hasValueSatisfying(label -> {
            assertThat(label).matches("token-[0-9a-f]{8}");
            assertThat(alice).doesNotContain(label.substring("token-".length()));
        });
    }

    @Test
    void refuses_a_short_token_without_repeating_it() {
        assertThatThrownBy(() -> CuratorTokens.parse("alice=" + alice + ",bob=tooshort123"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("entry 2")
                .hasMessageNotContaining("tooshort123");
    }

    @Test
    void nothing_configured_means_no_curator_at_all() {
        assertThat(CuratorTokens.parse(null).isEmpty()).isTrue();
        assertThat(CuratorTokens.parse("  ").curatorHolding("anything")).isEmpty();
    }

    private static String token() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
