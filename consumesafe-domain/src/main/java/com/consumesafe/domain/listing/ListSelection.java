package com.consumesafe.domain.listing;

import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.list.Slug;
import java.util.Set;

/**
 * The lists a check looks at: the given ones, or every list when none is given.
 *
 * @param slugs the lists chosen; empty means all
 */
public record ListSelection(Set<Slug> slugs) {

    public static final int MAX_LISTS = 50;

    public ListSelection {
        slugs = slugs == null ? Set.of() : Set.copyOf(slugs);
        if (slugs.size() > MAX_LISTS) {
            throw new InvalidValueException("lists", "must name at most " + MAX_LISTS + " lists");
        }
    }

    /** Every list. */
    public static ListSelection all() {
        return new ListSelection(Set.of());
    }

    /** Only the given lists; none given means every list. */
    public static ListSelection of(Slug... slugs) {
        return new ListSelection(Set.of(slugs));
    }

    public boolean isAll() {
        return slugs.isEmpty();
    }

    public boolean includes(Slug list) {
        return isAll() || slugs.contains(list);
    }
}
