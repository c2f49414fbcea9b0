package com.consumesafe.api.check;

import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.catalog.OwnershipStep;
import com.consumesafe.domain.country.CountryCode;
import com.consumesafe.domain.listing.Listing;
import com.consumesafe.domain.search.CatalogMatch;
import com.consumesafe.domain.verdict.Assessment;
import com.consumesafe.domain.verdict.OfferedAlternative;
import com.consumesafe.domain.verdict.RejectedAlternative;
import com.consumesafe.domain.verdict.Verdict;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer to a check: the verdict over every match, and for each match why.
 *
 * @param query   what was asked, as normalised (a name key or a GTIN-14)
 * @param verdict LISTED if any match is listed, NOT_LISTED if matches are known and clean, UNKNOWN otherwise
 * @param matches what the query matched, best first
 */
record CheckResponse(String query, Verdict verdict, List<Match> matches) {

    /**
     * One match and its assessment.
     *
     * @param name                 its name as written
     * @param kind                 PRODUCT, BRAND or COMPANY
     * @param id                   its id in the catalog
     * @param score                how well it matched the query, 0 to 1 (1 for an exact name or a barcode)
     * @param verdict              this match's own verdict
     * @param path                 the ownership path: the match, its brand, its company and every owner above
     * @param listings             every active listing on that path
     * @param alternatives         checked alternatives, none of them listed
     * @param rejectedAlternatives suggested alternatives that were not offered, and why
     */
    record Match(String name, String kind, long id, double score, Verdict verdict, List<Step> path,
                 List<ListingEntry> listings, List<AlternativeEntry> alternatives,
                 List<RejectedEntry> rejectedAlternatives) {

        static Match of(String name, double score, Assessment assessment) {
            ListingTarget target = assessment.match().orElseThrow();
            return new Match(name, target.kind().name(), target.value(), score, assessment.verdict(),
                    assessment.path().steps().stream().map(Step::of).toList(),
                    assessment.listings().stream().map(listing -> ListingEntry.of(listing, assessment)).toList(),
                    assessment.alternatives().stream().map(AlternativeEntry::of).toList(),
                    assessment.rejected().stream().map(RejectedEntry::of).toList());
        }

        static Match of(CatalogMatch match, Assessment assessment) {
            return of(match.name(), Math.round(match.score() * 1000) / 1000.0, assessment);
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
     * @param why  why it was not offered, such as being listed itself
     */
    record RejectedEntry(String kind, long id, String why) {

        static RejectedEntry of(RejectedAlternative rejected) {
            ListingTarget suggested = rejected.alternative().suggested();
            return new RejectedEntry(suggested.kind().name(), suggested.value(), rejected.why());
        }
    }
}
