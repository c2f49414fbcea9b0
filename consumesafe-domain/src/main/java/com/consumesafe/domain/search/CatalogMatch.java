package com.consumesafe.domain.search;

import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.name.NameKey;

/**
 * A company, brand or product whose name matched a query.
 *
 * @param target     what matched
 * @param name       its name as written
 * @param quality    exact, prefix, inner words or fuzzy
 * @param similarity how close the name keys are, from 0 to 1
 */
public record CatalogMatch(ListingTarget target, String name, MatchQuality quality, double similarity) {

    /** One number to rank and show: exact above prefix above inner words above fuzzy, then by similarity. */
    public double score() {
        return switch (quality) {
            case EXACT -> 1.0;
            case PREFIX -> 0.7 + 0.25 * similarity;
            case WORD -> 0.45 + 0.2 * similarity;
            case FUZZY -> 0.4 * similarity;
        };
    }

    /** The name's key, as the catalog stores it. */
    public NameKey key() {
        return NameKey.of(name);
    }
}
