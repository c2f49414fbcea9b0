package com.consumesafe.domain.verdict;

/** The answer to "is this on a list I care about?". */
public enum Verdict {
    /** It, or something that owns it, has an active listing in the selected lists. */
    LISTED,
    /** Its whole ownership path is known and nothing on it is listed. */
    NOT_LISTED,
    /** The catalog does not know it, or cannot tell who owns it: no claim either way. */
    UNKNOWN
}
