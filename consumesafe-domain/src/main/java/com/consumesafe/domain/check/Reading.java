package com.consumesafe.domain.check;

import com.consumesafe.domain.search.CatalogMatch;
import java.util.List;
import java.util.Optional;

/**
 * How a query was read against its candidates.
 *
 * @param confident  the matches that decide the verdict; empty when none is trusted
 * @param lookAlikes the other candidates, best first: suggestions, never a verdict
 * @param ambiguous  whether several names could be meant equally well
 */
public record Reading(List<ConfidentMatch> confident, List<CatalogMatch> lookAlikes, boolean ambiguous) {

    public Reading {
        confident = List.copyOf(confident);
        lookAlikes = List.copyOf(lookAlikes);
    }

    /** The catalog name the query was read as, when a typing error was corrected. */
    public Optional<String> correctedTo() {
        return confident.isEmpty() || confident.getFirst().confidence() != Confidence.TYPO ? Optional.empty()
                : Optional.of(confident.getFirst().match().name());
    }
}
