package com.consumesafe.domain.search;

/** How a name matched a query, best first: results are ranked by quality before anything else. */
public enum MatchQuality {
    /** The whole name, spacing aside. */
    EXACT,
    /** The start of the name. */
    PREFIX,
    /** Whole words inside the name, after its first: "cola" in "Coca-Cola". */
    WORD,
    /** A look-alike: a few letters apart, or sharing enough trigrams. */
    FUZZY
}
