package com.consumesafe.api.relevance;

/**
 * A query of the relevance suite and the verdict a person typing it should get.
 *
 * @param text     what the person types
 * @param expected LISTED, NOT_LISTED or UNKNOWN
 * @param trap     what the query tests
 */
record Labelled(String text, String expected, String trap) {
}
