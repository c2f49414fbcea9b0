package com.consumesafe.api.relevance;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Precision of each verdict that claims something, and recall of LISTED, over the answered queries.
 *
 * @param answers every query with its answer
 */
record RelevanceFigures(List<Answered> answers) {

    static RelevanceFigures of(List<Answered> answers) {
        return new RelevanceFigures(List.copyOf(answers));
    }

    double listedPrecision() {
        return precision("LISTED");
    }

    double notListedPrecision() {
        return precision("NOT_LISTED");
    }

    double listedRecall() {
        long expected = answers.stream().filter(answer -> answer.query().expected().equals("LISTED")).count();
        long found = answers.stream().filter(answer -> answer.query().expected().equals("LISTED"))
                .filter(Answered::isRight).count();
        return expected == 0 ? 1.0 : (double) found / expected;
    }

    String summary() {
        return String.format(Locale.ROOT, "relevance: %d queries (%d LISTED, %d NOT_LISTED, %d UNKNOWN expected);"
                        + " precision LISTED %.3f (%d answered), precision NOT_LISTED %.3f (%d answered),"
                        + " recall LISTED %.3f", answers.size(), expected("LISTED"), expected("NOT_LISTED"),
                expected("UNKNOWN"), listedPrecision(), answered("LISTED"), notListedPrecision(),
                answered("NOT_LISTED"), listedRecall());
    }

    String details() {
        return answers.stream()
                .map(answer -> String.format(Locale.ROOT, "%-4s %-24s expected %-10s got %-10s %s%n      %s",
                        answer.isRight() ? "ok" : "MISS", answer.query().text(), answer.query().expected(),
                        answer.verdict(), answer.query().trap(), answer.body()))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    private double precision(String verdict) {
        long answered = answered(verdict);
        long right = answers.stream().filter(answer -> answer.verdict().equals(verdict)).filter(Answered::isRight)
                .count();
        return answered == 0 ? 1.0 : (double) right / answered;
    }

    private long answered(String verdict) {
        return answers.stream().filter(answer -> answer.verdict().equals(verdict)).count();
    }

    private long expected(String verdict) {
        return answers.stream().filter(answer -> answer.query().expected().equals(verdict)).count();
    }
}
