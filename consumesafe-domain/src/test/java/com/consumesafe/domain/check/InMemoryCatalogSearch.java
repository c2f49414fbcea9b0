package com.consumesafe.domain.check;

import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.name.NameKey;
import com.consumesafe.domain.search.CatalogMatch;
import com.consumesafe.domain.search.CatalogSearch;
import com.consumesafe.domain.search.MatchQuality;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Names held in a map and matched the simple way, for unit tests of the check. */
final class InMemoryCatalogSearch implements CatalogSearch {

    private final Map<ListingTarget, String> names = new LinkedHashMap<>();

    <T extends ListingTarget> T named(T target, String name) {
        names.put(target, name);
        return target;
    }

    @Override
    public List<CatalogMatch> search(NameKey query, int limit) {
        List<CatalogMatch> found = new ArrayList<>();
        names.forEach((target, name) -> quality(NameKey.of(name), query)
                .ifPresent(quality -> found.add(new CatalogMatch(target, name, quality, 0.5))));
        return found.stream().sorted(Comparator.comparing(CatalogMatch::quality)).limit(limit).toList();
    }

    private static Optional<MatchQuality> quality(NameKey name, NameKey query) {
        if (name.compact().equals(query.compact())) {
            return Optional.of(MatchQuality.EXACT);
        }
        if (name.value().startsWith(query.value())) {
            return Optional.of(MatchQuality.PREFIX);
        }
        if ((" " + name.value() + " ").contains(" " + query.value() + " ")) {
            return Optional.of(MatchQuality.WORD);
        }
        return edits(name.compact(), query.compact()) <= 2 ? Optional.of(MatchQuality.FUZZY) : Optional.empty();
    }

    private static int edits(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            previous = current;
        }
        return previous[b.length()];
    }
}
