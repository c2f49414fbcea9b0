package com.consumesafe.domain.verdict;

import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.catalog.Ownership;
import com.consumesafe.domain.catalog.OwnershipStep;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The ownership that explains a verdict, in order: product, brand, company, parent and so on upwards.
 *
 * @param steps the links, each at most once
 * @param cycle whether the stored ownership loops back on itself (the walk stopped at the first repeat)
 * @param cut   whether the chain was too long to follow to its end
 */
public record OwnershipPath(List<OwnershipStep> steps, boolean cycle, boolean cut) {

    public OwnershipPath {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** The path of a target the catalog does not hold. */
    public static OwnershipPath none() {
        return new OwnershipPath(List.of(), false, false);
    }

    /**
     * Guards a chain as the {@link Ownership} port returned it: stops at the first link seen twice and at
     * {@link Ownership#MAX_CHAIN} links, and says which happened.
     */
    public static OwnershipPath of(ListingTarget start, List<OwnershipStep> chain) {
        if (chain.isEmpty()) {
            return none();
        }
        if (!chain.getFirst().target().equals(start)) {
            throw new IllegalStateException("The ownership chain of " + start + " starts at " + chain.getFirst());
        }
        List<OwnershipStep> steps = new ArrayList<>();
        Set<ListingTarget> seen = new HashSet<>();
        for (OwnershipStep step : chain) {
            if (!seen.add(step.target())) {
                return new OwnershipPath(steps, true, false);
            }
            if (steps.size() == Ownership.MAX_CHAIN) {
                return new OwnershipPath(steps, false, true);
            }
            steps.add(step);
        }
        return new OwnershipPath(steps, false, steps.size() >= Ownership.MAX_CHAIN);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** What is on the path, in order. */
    public List<ListingTarget> targets() {
        return steps.stream().map(OwnershipStep::target).toList();
    }

    /** Where on the path the target is, counted from 0, or -1 when it is not on it. */
    public int positionOf(ListingTarget target) {
        return targets().indexOf(target);
    }

    /** The step for the target, if it is on the path. */
    public Optional<OwnershipStep> stepOf(ListingTarget target) {
        return steps.stream().filter(step -> step.target().equals(target)).findFirst();
    }
}
