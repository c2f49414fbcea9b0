package com.consumesafe.domain.list;

import java.util.List;
import java.util.Optional;

/** Port: where curated lists are kept. */
public interface CuratedLists {

    /** Every list, ordered by slug. */
    List<CuratedList> all();

    Optional<CuratedList> find(Slug slug);

    /** Stores a new list, or replaces the title and description of the list with the same slug. */
    CuratedList save(CuratedList list);
}
