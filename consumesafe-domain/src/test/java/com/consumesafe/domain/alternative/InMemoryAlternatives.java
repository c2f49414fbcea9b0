package com.consumesafe.domain.alternative;

import com.consumesafe.domain.catalog.ListingTarget;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Alternatives held in a list, for unit tests of the rules. */
public final class InMemoryAlternatives implements Alternatives {

    private final List<Alternative> alternatives = new ArrayList<>();

    @Override
    public List<Alternative> suggestedFor(Collection<? extends ListingTarget> targets) {
        Set<ListingTarget> wanted = Set.copyOf(targets);
        return alternatives.stream().filter(alternative -> wanted.contains(alternative.insteadOf())).toList();
    }

    @Override
    public Alternative save(Alternative alternative) {
        alternatives.removeIf(stored -> stored.insteadOf().equals(alternative.insteadOf())
                && stored.suggested().equals(alternative.suggested()));
        alternatives.add(alternative);
        return alternative;
    }

    @Override
    public boolean withdraw(ListingTarget insteadOf, ListingTarget suggested) {
        return alternatives.removeIf(stored -> stored.insteadOf().equals(insteadOf)
                && stored.suggested().equals(suggested));
    }
}
