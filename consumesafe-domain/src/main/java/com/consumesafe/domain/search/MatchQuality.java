package com.consumesafe.domain.search;

/** How a name matched a query, best first: results are ranked by quality before anything else. */
public enum MatchQuality {
    EXACT,
    PREFIX,
    FUZZY
}
