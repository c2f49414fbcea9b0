package com.consumesafe.domain.verdict;

import com.consumesafe.domain.alternative.Alternative;
import com.consumesafe.domain.catalog.OwnershipStep;
import com.consumesafe.domain.catalog.TargetKind;
import com.consumesafe.domain.country.CountryCode;
import java.util.Optional;

/**
 * An alternative checked with the same rule and found on none of the selected lists.
 *
 * @param alternative the suggestion as curated
 * @param path        its own ownership, all of it clean
 */
public record OfferedAlternative(Alternative alternative, OwnershipPath path) {

    /** The name of the product or brand suggested. */
    public String name() {
        return path.steps().getFirst().name();
    }

    /** The name of the brand it is sold under (its own name when a brand is suggested). */
    public Optional<String> brand() {
        return path.steps().stream().filter(step -> step.kind() == TargetKind.BRAND).map(OwnershipStep::name)
                .findFirst();
    }

    public Optional<CountryCode> origin() {
        return alternative.origin();
    }
}
