package com.consumesafe.domain.verdict;

import java.util.Collection;

/** The answer to "is this on a list I care about?". */
public enum Verdict {
    /** It, or something that owns it, has an active listing in the selected lists. */
    LISTED,
    /** Its whole ownership path is known and nothing on it is listed. */
    NOT_LISTED,
    /** The catalog does not know it, or cannot tell who owns it: no claim either way. */
    UNKNOWN;

    /**
     * The answer for a query that several things matched confidently: LISTED when any is, NOT_LISTED only when
     * every one is known to be clean, else UNKNOWN; a person would rather be warned than reassured.
     */
    public static Verdict combine(Collection<Verdict> verdicts) {
        if (verdicts.contains(LISTED)) {
            return LISTED;
        }
        return !verdicts.isEmpty() && verdicts.stream().allMatch(NOT_LISTED::equals) ? NOT_LISTED : UNKNOWN;
    }
}
