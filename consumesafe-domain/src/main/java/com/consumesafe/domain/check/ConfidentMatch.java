package com.consumesafe.domain.check;

import com.consumesafe.domain.search.CatalogMatch;

/**
 * A candidate the confidence rule trusts.
 *
 * @param match      the candidate
 * @param confidence why it is trusted
 */
public record ConfidentMatch(CatalogMatch match, Confidence confidence) {
}
