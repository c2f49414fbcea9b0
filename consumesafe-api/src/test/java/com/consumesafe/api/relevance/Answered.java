package com.consumesafe.api.relevance;

/**
 * A labelled query and what the API answered.
 *
 * @param query   the query and its label
 * @param verdict the verdict answered
 * @param body    the whole answer, for the report
 */
record Answered(Labelled query, String verdict, String body) {

    boolean isRight() {
        return query.expected().equals(verdict);
    }
}
