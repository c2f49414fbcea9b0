package com.consumesafe.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.domain.catalog.BrandId;
import com.consumesafe.domain.catalog.CompanyId;
import com.consumesafe.domain.catalog.ProductId;
import com.consumesafe.domain.name.NameKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogSearchTest {

    private static final CatalogMatch EXACT = new CatalogMatch(new CompanyId(1), "Qorvant", MatchQuality.EXACT, 1.0);
    private static final CatalogMatch ALSO_EXACT =
            new CatalogMatch(new BrandId(2), "Qorvant", MatchQuality.EXACT, 1.0);
    private static final CatalogMatch PREFIX =
            new CatalogMatch(new ProductId(3), "Qorvant Fizz", MatchQuality.PREFIX, 0.6);

    @Test
    void best_matches_by_default_keep_the_quality_of_the_first_search_result() {
        CatalogSearch search = (query, limit) -> List.of(EXACT, ALSO_EXACT, PREFIX);

        assertThat(search.bestMatches(NameKey.of("qorvant"), 5)).containsExactly(EXACT, ALSO_EXACT);
    }

    @Test
    void best_matches_of_nothing_are_nothing() {
        CatalogSearch search = (query, limit) -> List.of();

        assertThat(search.bestMatches(NameKey.of("qorvant"), 5)).isEmpty();
    }
}
