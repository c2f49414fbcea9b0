package com.consumesafe.domain.check;

import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.catalog.Ownership;
import com.consumesafe.domain.catalog.OwnershipStep;
import com.consumesafe.domain.name.NameKey;
import com.consumesafe.domain.search.CatalogMatch;
import com.consumesafe.domain.search.CatalogSearch;
import com.consumesafe.domain.verdict.Assessment;
import com.consumesafe.domain.verdict.CheckOptions;
import com.consumesafe.domain.verdict.Verdict;
import com.consumesafe.domain.verdict.VerdictRule;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A check by name or barcode: finds candidates, lets {@link MatchConfidence} say which ones may decide, and gives
 * the verdict of those, or UNKNOWN with look-alikes as suggestions; a name or barcode the catalog does not hold is
 * UNKNOWN, never NOT_LISTED.
 */
public final class Check {

    /** How many candidates of each kind the search hands to the confidence rule. */
    public static final int CANDIDATES = 10;

    /** How many confident matches are assessed in full. */
    public static final int MAX_MATCHES = 5;

    private final CatalogSearch search;
    private final VerdictRule verdicts;
    private final Owners owners;

    /** The search finds candidates, the ownership tells one maker's names apart, the rule gives verdicts. */
    public Check(CatalogSearch search, Ownership ownership, VerdictRule verdicts) {
        this.search = Objects.requireNonNull(search, "search");
        this.verdicts = Objects.requireNonNull(verdicts, "verdicts");
        Objects.requireNonNull(ownership, "ownership");
        this.owners = targets -> {
            Map<ListingTarget, List<ListingTarget>> paths = new LinkedHashMap<>();
            ownership.chainsOf(targets).forEach((target, chain) -> paths.put(target,
                    chain.stream().map(OwnershipStep::target).toList()));
            return paths;
        };
    }

    /** The answer for a name as a person typed it. */
    public CheckAnswer byName(NameKey query, CheckOptions options) {
        Reading reading = MatchConfidence.read(query, search.candidates(query, CANDIDATES), owners);
        if (reading.confident().isEmpty()) {
            UnknownReason reason = reading.lookAlikes().isEmpty() ? UnknownReason.NOT_IN_CATALOG
                    : reading.ambiguous() ? UnknownReason.AMBIGUOUS : UnknownReason.NO_CONFIDENT_MATCH;
            return CheckAnswer.unknown(query.value(), reason, suggestions(reading.lookAlikes(), options));
        }
        List<CheckedMatch> matches = reading.confident().stream().limit(MAX_MATCHES)
                .map(confident -> checked(confident, options)).toList();
        return answer(query.value(), matches, reading.correctedTo());
    }

    /** The answer for a scanned or typed barcode; a store-local number is never looked up. */
    public CheckAnswer byBarcode(Gtin barcode, CheckOptions options) {
        if (barcode.isRestrictedCirculation()) {
            return CheckAnswer.unknown(barcode.value(), UnknownReason.RESTRICTED_BARCODE, List.of());
        }
        Assessment assessment = verdicts.checkBarcode(barcode, options);
        if (assessment.match().isEmpty()) {
            return CheckAnswer.unknown(barcode.value(), UnknownReason.NOT_IN_CATALOG, List.of());
        }
        String name = assessment.path().steps().isEmpty() ? "" : assessment.path().steps().getFirst().name();
        return answer(barcode.value(), List.of(new CheckedMatch(name, 1.0, Confidence.BARCODE, assessment)),
                Optional.empty());
    }

    private CheckedMatch checked(ConfidentMatch confident, CheckOptions options) {
        CatalogMatch match = confident.match();
        double score = confident.confidence() == Confidence.EXACT ? 1.0 : match.score();
        return new CheckedMatch(match.name(), score, confident.confidence(), verdicts.check(match.target(), options));
    }

    private List<Suggestion> suggestions(List<CatalogMatch> lookAlikes, CheckOptions options) {
        if (lookAlikes.isEmpty()) {
            return List.of();
        }
        Collection<ListingTarget> targets = lookAlikes.stream().map(CatalogMatch::target).toList();
        Map<ListingTarget, Assessment> assessed = verdicts.checkAll(targets, options);
        return lookAlikes.stream().map(match -> new Suggestion(match,
                Optional.ofNullable(assessed.get(match.target())).map(Assessment::verdict).orElse(Verdict.UNKNOWN)))
                .toList();
    }

    private static CheckAnswer answer(String query, List<CheckedMatch> matches, Optional<String> readAs) {
        Verdict verdict = Verdict.combine(matches.stream().map(match -> match.assessment().verdict()).toList());
        // an empty path: the match left the catalog between the search and its check
        Optional<UnknownReason> reason = verdict != Verdict.UNKNOWN ? Optional.empty()
                : Optional.of(matches.stream().anyMatch(match -> !match.assessment().path().isEmpty())
                        ? UnknownReason.OWNERSHIP_UNKNOWN : UnknownReason.NOT_IN_CATALOG);
        return new CheckAnswer(query, verdict, reason, matches, readAs, List.of());
    }
}
