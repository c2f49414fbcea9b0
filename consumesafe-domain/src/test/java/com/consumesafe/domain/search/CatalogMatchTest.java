package com.consumesafe.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.domain.catalog.CompanyId;
import org.junit.jupiter.api.Test;

class CatalogMatchTest {

    private static final CompanyId ANY = new CompanyId(1);

    @Test
    void an_exact_match_outscores_any_prefix_which_outscores_any_fuzzy_match() {
        double exact = new CatalogMatch(ANY, "a", MatchQuality.EXACT, 0.1).score();
        double weakPrefix = new CatalogMatch(ANY, "a", MatchQuality.PREFIX, 0.0).score();
        double strongPrefix = new CatalogMatch(ANY, "a", MatchQuality.PREFIX, 1.0).score();
        double strongFuzzy = new CatalogMatch(ANY, "a", MatchQuality.FUZZY, 1.0).score();

        assertThat(exact).isEqualTo(1.0).isGreaterThan(strongPrefix);
        assertThat(weakPrefix).isGreaterThan(strongFuzzy);
        assertThat(strongPrefix).isGreaterThan(weakPrefix);
    }
}
