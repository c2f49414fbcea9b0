package com.consumesafe.domain.alternative;

import com.consumesafe.domain.catalog.ListingTarget;
import java.util.Collection;
import java.util.List;

/** Port: where suggested alternatives are kept. */
public interface Alternatives {

    /** The alternatives suggested instead of any of the targets. */
    List<Alternative> suggestedFor(Collection<? extends ListingTarget> targets);

    /** Stores the alternative, replacing origin and note of the one suggesting the same thing for the same target. */
    Alternative save(Alternative alternative);

    /**
     * Stores each alternative as {@link #save(Alternative)} does, and answers how many of them were new: one already
     * suggested for the same target is updated, not created. Adapters may store them in one batch.
     */
    default int saveAll(List<Alternative> alternatives) {
        int created = 0;
        for (Alternative alternative : alternatives) {
            boolean known = suggestedFor(List.of(alternative.insteadOf())).stream()
                    .anyMatch(stored -> stored.suggested().equals(alternative.suggested()));
            save(alternative);
            created += known ? 0 : 1;
        }
        return created;
    }

    /** Stops suggesting {@code suggested} instead of {@code insteadOf}; false when it was not suggested. */
    boolean withdraw(ListingTarget insteadOf, ListingTarget suggested);
}
