package com.consumesafe.domain.search;

import com.consumesafe.domain.name.NameKey;
import java.util.List;

/** Port: companies, brands and products whose name key matches a query key. */
public interface CatalogSearch {

    int MAX_LIMIT = 50;

    /** The best matches, exact before prefix before inner words before fuzzy, at most {@code limit} of them. */
    List<CatalogMatch> search(NameKey query, int limit);

    /**
     * What a check weighs, up to {@code limit} of each kind: every name equal to the query spacing aside, the
     * shortest names it starts, names holding it as whole words after their first, and names one or two typing
     * errors away; an adapter may skip the costly look-alikes (trigram neighbours) when any closer name was found,
     * and every look-alike when a name equals the query spacing aside (nothing weighs against an exact name).
     * Nothing here is ranked for display: the confidence rule decides what each candidate is worth.
     */
    default List<CatalogMatch> candidates(NameKey query, int limit) {
        return search(query, limit);
    }

    /**
     * Only the matches of the best quality among {@link #search(NameKey, int)}'s: the exact ones if any, else the
     * prefix ones, else the fuzzy ones. An adapter may answer without looking for the worse kinds.
     */
    default List<CatalogMatch> bestMatches(NameKey query, int limit) {
        List<CatalogMatch> found = search(query, limit);
        return found.isEmpty() ? found
                : found.stream().filter(match -> match.quality() == found.getFirst().quality()).toList();
    }
}
