package com.consumesafe.domain.search;

import com.consumesafe.domain.name.NameKey;
import java.util.List;

/** Port: companies, brands and products whose name key matches a query key. */
public interface CatalogSearch {

    int MAX_LIMIT = 50;

    /** The best matches, exact before prefix before fuzzy, at most {@code limit} of them. */
    List<CatalogMatch> search(NameKey query, int limit);
}
