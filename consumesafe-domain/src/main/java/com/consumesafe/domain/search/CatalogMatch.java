package com.consumesafe.domain.search;

import com.consumesafe.domain.catalog.ListingTarget;

/**
 * A company, brand or product whose name matched a query.
 *
 * @param target     what matched
 * @param name       its name as written
 * @param quality    exact, prefix or fuzzy
 * @param similarity how close the name keys are, from 0 to 1
 */
public record CatalogMatch(ListingTarget target, String name, MatchQuality quality, double similarity) {

    /** One number to rank and show: exact above prefix above fuzzy, then by similarity within each. */
    public double score() {
        return switch (quality) {
            case EXACT -> 1.0;
            case PREFIX -> 0.7 + 0.25 * similarity;
            case FUZZY -> 0.65 * similarity;
        };
    }
}
