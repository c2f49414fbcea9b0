package com.consumesafe.api.check;

import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.name.NameKey;
import com.consumesafe.domain.search.CatalogMatch;
import com.consumesafe.domain.search.CatalogSearch;
import com.consumesafe.domain.verdict.Assessment;
import com.consumesafe.domain.verdict.CheckOptions;
import com.consumesafe.domain.verdict.Verdict;
import com.consumesafe.domain.verdict.VerdictRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Is this product, or whoever owns it, on a list, why, and what to buy instead. */
@RestController
@Tag(name = "Check", description = "Verdicts with their explanation")
class CheckController {

    /** How many matches of the best kind a name check assesses. */
    static final int MATCHES_CHECKED = 5;

    private final CatalogSearch search;
    private final VerdictRule verdicts;
    private final CheckParameters parameters;

    CheckController(CatalogSearch search, VerdictRule verdicts, CheckParameters parameters) {
        this.search = search;
        this.verdicts = verdicts;
        this.parameters = parameters;
    }

    // no transaction around the whole check: at READ COMMITTED it would not share a snapshot, only cost a round trip
    @GetMapping("/api/v1/check")
    @Operation(summary = "Check a product, brand or company by name, or a product by barcode",
            description = "Give exactly one of q and barcode. An unknown barcode or name is UNKNOWN, never NOT_LISTED.")
    CheckResponse check(
            @Parameter(description = "a name as a person would type it") @RequestParam(required = false) String q,
            @Parameter(description = "EAN-8, UPC-A, EAN-13 or GTIN-14") @RequestParam(required = false) String barcode,
            @Parameter(description = "comma-separated list slugs; all lists when absent")
            @RequestParam(required = false) String lists,
            @Parameter(description = "ISO country code whose alternatives come first")
            @RequestParam(required = false) String country) {
        if ((q == null) == (barcode == null)) {
            throw new InvalidValueException(q == null ? "q" : "barcode", "give exactly one of q and barcode");
        }
        CheckOptions options = parameters.options(lists, country);
        return barcode != null ? byBarcode(Gtin.parse(barcode), options) : byName(parameters.query(q), options);
    }

    private CheckResponse byBarcode(Gtin barcode, CheckOptions options) {
        Assessment assessment = verdicts.checkBarcode(barcode, options);
        List<CheckResponse.Match> matches = assessment.match().isEmpty() ? List.of()
                : List.of(CheckResponse.Match.of(assessment.path().steps().getFirst().name(), 1.0, assessment));
        return new CheckResponse(barcode.value(), assessment.verdict(), matches);
    }

    private CheckResponse byName(NameKey query, CheckOptions options) {
        // only the best kind of match counts: an exact name is not outvoted by look-alikes
        List<CatalogMatch> best = search.bestMatches(query, MATCHES_CHECKED);
        List<CheckResponse.Match> matches = best.stream()
                .map(match -> CheckResponse.Match.of(match, verdicts.check(match.target(), options)))
                .toList();
        return new CheckResponse(query.value(), Verdict.combine(matches.stream().map(CheckResponse.Match::verdict)
                .toList()), matches);
    }
}
