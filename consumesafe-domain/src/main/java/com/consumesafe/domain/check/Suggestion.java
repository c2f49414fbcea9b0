package com.consumesafe.domain.check;

import com.consumesafe.domain.search.CatalogMatch;
import com.consumesafe.domain.verdict.Verdict;

/**
 * A look-alike offered as "did you mean": its verdict is its own and never the answer's.
 *
 * @param match   the candidate
 * @param verdict the candidate's own verdict
 */
public record Suggestion(CatalogMatch match, Verdict verdict) {
}
