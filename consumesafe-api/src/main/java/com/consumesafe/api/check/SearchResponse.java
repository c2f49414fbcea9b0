package com.consumesafe.api.check;

import com.consumesafe.domain.search.CatalogMatch;
import java.util.List;

/**
 * Search results, best first.
 *
 * @param query   what was asked
 * @param results the matches
 */
record SearchResponse(String query, List<Result> results) {

    /**
     * One match.
     *
     * @param name    its name as written
     * @param kind    PRODUCT, BRAND or COMPANY
     * @param id      its id
     * @param score   how well it matched, 0 to 1
     * @param quality BARCODE, EXACT, PREFIX or FUZZY
     */
    record Result(String name, String kind, long id, double score, String quality) {

        static Result of(CatalogMatch match) {
            return new Result(match.name(), match.target().kind().name(), match.target().value(),
                    Math.round(match.score() * 1000) / 1000.0, match.quality().name());
        }
    }
}
