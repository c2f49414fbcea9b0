package com.consumesafe.domain.check;

import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.name.NameKey;
import com.consumesafe.domain.search.CatalogMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule that decides which candidates may carry a verdict: a verdict is a claim about a maker, so only a match
 * that cannot reasonably mean another name decides it; everything else is a suggestion.
 * <ul>
 *   <li>EXACT: the query is the name, spacing aside ("soda stream" for "SodaStream").</li>
 *   <li>PREFIX: the query is the first whole words of a name ("evian" for "Evian Water"), of at least
 *       {@value #MIN_PREFIX_LETTERS} letters and not only words for a kind of product ("lait", see
 *       {@link KindWords}), when the names it starts are one name and its longer forms ("Coca-Cola", "Coca-Cola
 *       Zero") or one maker and what it owns ("Quickbook Systems", "Quickbook Laptop"), and no name holds it as
 *       inner words ("cola" in "Pepsi Cola").</li>
 *   <li>TYPO: one typing error in a word of at least {@value #MIN_TYPO_WORD} letters (or one letter fewer when the
 *       error dropped or added a letter), with no other name, or start of a name, one error away: in shorter words
 *       one error too often spells another real name ("Dove" and "Dole"). The query is then read as that name, or
 *       as that start of names ("nestoira" as "Nestoria", the start of "Nestoria Foods"), by the rules above.</li>
 * </ul>
 * Trigram neighbours, two errors, and parts of words never decide.
 */
public final class MatchConfidence {

    /** The fewest letters of a prefix query that can decide. */
    public static final int MIN_PREFIX_LETTERS = 3;

    /** The fewest letters of the word a typing error falls in, for its correction to decide. */
    public static final int MIN_TYPO_WORD = 8;

    /** How many look-alikes a reading offers as suggestions. */
    public static final int MAX_LOOK_ALIKES = 5;

    private MatchConfidence() {
    }

    /** Reads the query against what the catalog search found for it; the owners tell names of one maker apart. */
    public static Reading read(NameKey query, List<CatalogMatch> candidates, Owners owners) {
        List<Candidate> all = distinct(candidates);
        Optional<Reading> asTyped = asTyped(query, all, owners, Confidence.EXACT, Confidence.PREFIX);
        if (asTyped.isPresent()) {
            return asTyped.get();
        }
        // the names, or their first words, one typing error away: the query read as one of them, if only one
        Map<String, NameKey> corrections = new HashMap<>();
        boolean trusted = true;
        for (Candidate candidate : all) {
            for (NameKey start : firstWords(candidate.key, query)) {
                Optional<TypingError> error = TypingError.between(query, start);
                if (error.isPresent()) {
                    corrections.putIfAbsent(start.compact(), start);
                    trusted &= isTrusted(error.get());
                }
            }
        }
        boolean inside = all.stream().anyMatch(candidate -> WordRun.isInside(candidate.key, query));
        if (corrections.size() == 1 && trusted && !inside) {
            Optional<Reading> corrected = asTyped(corrections.values().iterator().next(), all, owners,
                    Confidence.TYPO, Confidence.TYPO);
            if (corrected.isPresent() && !corrected.get().confident().isEmpty()) {
                return corrected.get();
            }
        }
        return unsure(all, corrections.size() > 1 || inside && all.size() > 1);
    }

    // the exact names, else the names the query starts; empty when it is neither
    private static Optional<Reading> asTyped(NameKey query, List<Candidate> all, Owners owners, Confidence exactly,
                                             Confidence starting) {
        List<Candidate> exact = all.stream().filter(candidate -> candidate.key.compact().equals(query.compact()))
                .toList();
        if (!exact.isEmpty()) {
            return Optional.of(confident(exact, exactly));
        }
        List<Candidate> started = all.stream().filter(candidate -> WordRun.startsWith(candidate.key, query))
                .toList();
        if (started.isEmpty()) {
            return Optional.empty();
        }
        boolean inside = all.stream().anyMatch(candidate -> WordRun.isInside(candidate.key, query));
        if (inside || query.compact().length() < MIN_PREFIX_LETTERS || KindWords.coverAll(query)) {
            return Optional.of(unsure(all, true));
        }
        Optional<List<Candidate>> one = oneName(started).or(() -> oneMaker(started, owners));
        return Optional.of(one.map(trusted -> confident(trusted, starting)).orElseGet(() -> unsure(all, true)));
    }

    // the name's first word, first two words, ... and the whole name, as long as the query give or take a letter
    private static List<NameKey> firstWords(NameKey name, NameKey query) {
        return name.firstWords().stream()
                .filter(start -> Math.abs(start.compact().length() - query.compact().length()) <= 1)
                .toList();
    }

    private static boolean isTrusted(TypingError error) {
        return Math.max(error.wordLength(), error.typedWordLength()) >= MIN_TYPO_WORD
                && Math.min(error.wordLength(), error.typedWordLength()) >= MIN_TYPO_WORD - 1;
    }

    // the shortest name the candidates start with, when every other candidate is that name with words added
    private static Optional<List<Candidate>> oneName(List<Candidate> starting) {
        Candidate shortest = starting.stream()
                .min(Comparator.comparingInt((Candidate candidate) -> candidate.key.compact().length())).orElseThrow();
        boolean family = starting.stream().allMatch(candidate -> candidate.key.compact().equals(shortest.key.compact())
                || WordRun.startsWith(candidate.key, shortest.key));
        return family ? Optional.of(starting.stream()
                .filter(candidate -> candidate.key.compact().equals(shortest.key.compact())).toList())
                : Optional.empty();
    }

    // the candidate that owns every other one, with any candidate of the same name
    private static Optional<List<Candidate>> oneMaker(List<Candidate> starting, Owners owners) {
        Map<ListingTarget, List<ListingTarget>> paths = owners.of(starting.stream()
                .map(candidate -> candidate.match.target()).toList());
        for (Candidate maker : starting) {
            boolean ownsAll = starting.stream().allMatch(candidate -> paths.getOrDefault(candidate.match.target(),
                    List.of()).contains(maker.match.target()));
            if (ownsAll) {
                return Optional.of(starting.stream()
                        .filter(candidate -> candidate.key.compact().equals(maker.key.compact())).toList());
            }
        }
        return Optional.empty();
    }

    private static Reading confident(List<Candidate> trusted, Confidence confidence) {
        List<ConfidentMatch> confident = trusted.stream()
                .map(candidate -> new ConfidentMatch(candidate.match, confidence)).toList();
        return new Reading(confident, List.of(), false);
    }

    private static Reading unsure(List<Candidate> all, boolean ambiguous) {
        List<CatalogMatch> lookAlikes = all.stream().map(candidate -> candidate.match)
                .sorted(Comparator.comparing(CatalogMatch::quality)
                        .thenComparing(Comparator.comparingDouble(CatalogMatch::score).reversed()))
                .limit(MAX_LOOK_ALIKES).toList();
        return new Reading(List.of(), lookAlikes, ambiguous);
    }

    private static List<Candidate> distinct(List<CatalogMatch> candidates) {
        Map<ListingTarget, Candidate> byTarget = new LinkedHashMap<>();
        for (CatalogMatch match : candidates) {
            byTarget.putIfAbsent(match.target(), new Candidate(match, match.key()));
        }
        return new ArrayList<>(byTarget.values());
    }

    /** A candidate with its key computed once. */
    private record Candidate(CatalogMatch match, NameKey key) {
    }
}
