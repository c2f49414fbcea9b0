package com.consumesafe.api.check;

import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.catalog.OwnershipStep;
import com.consumesafe.domain.check.CheckAnswer;
import com.consumesafe.domain.check.CheckedMatch;
import com.consumesafe.domain.check.Suggestion;
import com.consumesafe.domain.check.UnknownReason;
import com.consumesafe.domain.country.CountryCode;
import com.consumesafe.domain.listing.Listing;
import com.consumesafe.domain.verdict.Assessment;
import com.consumesafe.domain.verdict.OfferedAlternative;
import com.consumesafe.domain.verdict.RejectedAlternative;
import com.consumesafe.domain.verdict.Verdict;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer to a check: the verdict from the confident matches, why, and look-alikes as suggestions.
 *
 * @param query         what was asked, as read (a name key or a GTIN-14)
 * @param verdict       LISTED, NOT_LISTED or UNKNOWN
 * @param unknownReason why the verdict is UNKNOWN
 * @param corrected     whether a typing error was corrected
 * @param readAs        the catalog name the query was read as, when corrected
 * @param matches       the confident matches, each with its own verdict and why
 * @param didYouMean    weaker candidates, each with its own verdict, when nothing matched confidently
 */
@Schema(description = "The verdict on what was asked, from confident matches only, with its explanation")
record CheckResponse(
        @Schema(description = "what was asked, as read: the name key or the GTIN-14", example = "starbuks")
        String query,
        @Schema(description = "LISTED: a confident match, or an owner of it, is on a selected list. NOT_LISTED: every"
                + " confident match is known, with its whole ownership, and nothing on it is listed. UNKNOWN: no"
                + " claim either way (not in the catalog, only look-alikes, ambiguous, store-only barcode, ownership"
                + " unknown); never read it as clean", example = "LISTED")
        Verdict verdict,
        @Schema(description = "why the verdict is UNKNOWN; absent otherwise", nullable = true)
        UnknownReason unknownReason,
        @Schema(description = "true when a typing error was corrected: the answer is about readAs",
                example = "true")
        boolean corrected,
        @Schema(description = "the catalog name the query was read as, when corrected", nullable = true,
                example = "Starbucks")
        String readAs,
        @Schema(description = "the confident matches (an exact name, an unambiguous whole-word prefix, one typing"
                + " error in a long word, or the barcode), best first")
        List<Match> matches,
        @Schema(description = "look-alikes offered as \"did you mean\" when no match was confident, each with its own"
                + " verdict, which is never the answer's")
        List<DidYouMean> didYouMean) {

    /** The operation's description in OpenAPI. */
    static final String DESCRIPTION = "Give exactly one of q and barcode. Only a confident match decides the verdict:"
            + " the exact name (case, accents, punctuation and spacing aside), the first whole words of exactly one"
            + " name, or one typing error in a word of eight letters or more with no other name as close. Anything"
            + " else is UNKNOWN, with look-alikes in didYouMean, each with its own verdict. An unknown barcode or name"
            + " is UNKNOWN, never NOT_LISTED; an in-store or coupon barcode is never looked up.";

    static CheckResponse of(CheckAnswer answer) {
        return new CheckResponse(answer.query(), answer.verdict(), answer.unknownReason().orElse(null),
                answer.readAs().isPresent(), answer.readAs().orElse(null),
                answer.matches().stream().map(Match::of).toList(),
                answer.suggestions().stream().map(DidYouMean::of).toList());
    }

    /**
     * One confident match and its assessment.
     *
     * @param name                 its name as written
     * @param kind                 PRODUCT, BRAND or COMPANY
     * @param id                   its id in the catalog
     * @param score                how well it matched the query, 0 to 1 (1 for an exact name or a barcode)
     * @param confidence           EXACT, PREFIX, TYPO or BARCODE: why it was trusted
     * @param verdict              this match's own verdict
     * @param path                 the ownership path: the match, its brand, its company and every owner above
     * @param listings             every active listing on that path
     * @param alternatives         checked alternatives, none of them listed
     * @param rejectedAlternatives suggested alternatives that were not offered, and why
     */
    record Match(String name, String kind, long id, double score, String confidence, Verdict verdict,
                 List<Step> path, List<ListingEntry> listings, List<AlternativeEntry> alternatives,
                 List<RejectedEntry> rejectedAlternatives) {

        static Match of(CheckedMatch checked) {
            Assessment assessment = checked.assessment();
            ListingTarget target = assessment.match().orElseThrow();
            return new Match(checked.name(), target.kind().name(), target.value(), rounded(checked.score()),
                    checked.confidence().name(), assessment.verdict(),
                    assessment.path().steps().stream().map(Step::of).toList(),
                    assessment.listings().stream().map(listing -> ListingEntry.of(listing, assessment)).toList(),
                    assessment.alternatives().stream().map(AlternativeEntry::of).toList(),
                    assessment.rejected().stream().map(RejectedEntry::of).toList());
        }
    }

    /**
     * A look-alike: "did you mean ...?".
     *
     * @param name    its name as written
     * @param kind    PRODUCT, BRAND or COMPANY
     * @param id      its id
     * @param score   how much it looks like the query, 0 to 1
     * @param verdict its own verdict, not the answer's
     */
    record DidYouMean(@Schema(example = "Dominos") String name, @Schema(example = "BRAND") String kind,
                      @Schema(example = "40") long id, @Schema(example = "0.15") double score,
                      @Schema(example = "LISTED") Verdict verdict) {

        static DidYouMean of(Suggestion suggestion) {
            ListingTarget target = suggestion.match().target();
            return new DidYouMean(suggestion.match().name(), target.kind().name(), target.value(),
                    rounded(suggestion.match().score()), suggestion.verdict());
        }
    }

    /**
     * One step of an ownership path.
     *
     * @param kind PRODUCT, BRAND or COMPANY
     * @param id   its id
     * @param name its name
     */
    record Step(String kind, long id, String name) {

        static Step of(OwnershipStep step) {
            return new Step(step.kind().name(), step.target().value(), step.name());
        }
    }

    /**
     * A listing found on the path.
     *
     * @param list     the slug of its list
     * @param on       the step of the path it is attached to
     * @param reason   why it is listed
     * @param severity HIGH, MEDIUM or LOW
     * @param sources  where the reason is documented
     * @param since    since when, if known
     */
    record ListingEntry(String list, Step on, String reason, String severity, List<URI> sources, LocalDate since) {

        static ListingEntry of(Listing listing, Assessment assessment) {
            Step on = assessment.path().stepOf(listing.target()).map(Step::of)
                    .orElse(new Step(listing.target().kind().name(), listing.target().value(), ""));
            return new ListingEntry(listing.list().value(), on, listing.reason(), listing.severity().name(),
                    listing.sources(), listing.since().orElse(null));
        }
    }

    /**
     * An alternative that was checked and is not listed.
     *
     * @param name   the product or brand suggested
     * @param kind   PRODUCT or BRAND
     * @param id     its id
     * @param brand  the brand it is sold under
     * @param origin where it comes from (ISO 3166-1 alpha-2), if known
     * @param note   the curator's note
     */
    record AlternativeEntry(String name, String kind, long id, String brand, String origin, String note) {

        static AlternativeEntry of(OfferedAlternative offered) {
            ListingTarget suggested = offered.alternative().suggested();
            return new AlternativeEntry(offered.name(), suggested.kind().name(), suggested.value(),
                    offered.brand().orElse(null), offered.origin().map(CountryCode::value).orElse(null),
                    offered.alternative().note());
        }
    }

    /**
     * A suggested alternative that was not offered.
     *
     * @param kind PRODUCT or BRAND
     * @param id   its id
     * @param name its name, when the catalog holds it
     * @param why  why it was not offered, such as being listed itself
     */
    record RejectedEntry(String kind, long id, String name, String why) {

        static RejectedEntry of(RejectedAlternative rejected) {
            ListingTarget suggested = rejected.alternative().suggested();
            return new RejectedEntry(suggested.kind().name(), suggested.value(), rejected.name().orElse(null),
                    rejected.why());
        }
    }

    private static double rounded(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
