package com.consumesafe.domain.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Port: who owns what, read as whole chains so that a check costs one lookup. */
public interface Ownership {

    /** The longest chain an adapter returns; a chain this long is taken as cut, since no real ownership is. */
    int MAX_CHAIN = 32;

    /**
     * The target followed by its owners, upwards: a product, its brand, the brand's company, that company's parent
     * and so on to a company with no parent; a brand or a company starts the chain at its own level. Empty when
     * the catalog does not hold the target. At most {@link #MAX_CHAIN} steps; should the stored ownership loop, the
     * chain stops at or just after the first company seen twice.
     */
    List<OwnershipStep> chainOf(ListingTarget target);

    /** The chain of each target that the catalog holds, keyed by target; adapters may answer in one query. */
    default Map<ListingTarget, List<OwnershipStep>> chainsOf(Collection<? extends ListingTarget> targets) {
        Map<ListingTarget, List<OwnershipStep>> chains = new LinkedHashMap<>();
        for (ListingTarget target : targets) {
            List<OwnershipStep> chain = chainOf(target);
            if (!chain.isEmpty()) {
                chains.put(target, chain);
            }
        }
        return chains;
    }
}
