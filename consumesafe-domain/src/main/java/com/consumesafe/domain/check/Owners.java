package com.consumesafe.domain.check;

import com.consumesafe.domain.catalog.ListingTarget;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Who owns each of some catalog entries: for telling whether several names belong to one maker. */
@FunctionalInterface
public interface Owners {

    /** Each target's ownership path, itself first; a target the catalog does not hold may be absent. */
    Map<ListingTarget, List<ListingTarget>> of(Collection<ListingTarget> targets);
}
