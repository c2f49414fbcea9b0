package com.consumesafe.domain.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.consumesafe.domain.alternative.InMemoryAlternatives;
import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.catalog.BrandId;
import com.consumesafe.domain.catalog.CompanyId;
import com.consumesafe.domain.catalog.InMemoryCatalog;
import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.catalog.Ownership;
import com.consumesafe.domain.catalog.ProductId;
import com.consumesafe.domain.list.Slug;
import com.consumesafe.domain.listing.InMemoryListings;
import com.consumesafe.domain.listing.Listing;
import com.consumesafe.domain.listing.ListingStatus;
import com.consumesafe.domain.listing.Severity;
import com.consumesafe.domain.name.NameKey;
import com.consumesafe.domain.verdict.CheckOptions;
import com.consumesafe.domain.verdict.InMemoryListedChains;
import com.consumesafe.domain.verdict.Verdict;
import com.consumesafe.domain.verdict.VerdictRule;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckTest {

    private static final Slug BOYCOTT = new Slug("boycott");

    private final InMemoryCatalog catalog = new InMemoryCatalog();
    private final InMemoryListings listings = new InMemoryListings();
    private final InMemoryCatalogSearch search = new InMemoryCatalogSearch();
    private final Check check = new Check(search, catalog, new VerdictRule(
            new InMemoryListedChains(catalog, catalog, listings), catalog, listings, new InMemoryAlternatives()));

    // Dominos (listed) sells Dominos Pizza; Kahwa Roasters (clean) sells Kahwa Blend
    private final CompanyId dominosCompany = search.named(catalog.company("Dominos Group"), "Dominos Group");
    private final BrandId dominos = search.named(catalog.brand("Dominos", dominosCompany), "Dominos");
    private final ProductId pizza = search.named(catalog.product("Dominos Pizza", dominos,
            Set.of(Gtin.parse("4006381333931"))), "Dominos Pizza");
    private final CompanyId roasters = search.named(catalog.company("Kahwa Roasters"), "Kahwa Roasters");
    private final BrandId kahwa = search.named(catalog.brand("Kahwa Roasters Coffee", roasters),
            "Kahwa Roasters Coffee");
    private final ProductId blend = search.named(catalog.product("Kahwa Blend", kahwa,
            Set.of(Gtin.parse("036000291452"))), "Kahwa Blend");

    {
        list(dominosCompany);
    }

    @Test
    void an_exact_name_decides_the_verdict() {
        CheckAnswer answer = check.byName(NameKey.of("dominos"), CheckOptions.everyList());

        assertThat(answer.verdict()).isEqualTo(Verdict.LISTED);
        assertThat(answer.unknownReason()).isEmpty();
        assertThat(answer.matches()).singleElement().satisfies(match -> {
            assertThat(match.confidence()).isEqualTo(Confidence.EXACT);
            assertThat(match.score()).isEqualTo(1.0);
            assertThat(match.assessment().match()).contains(dominos);
        });
        assertThat(answer.suggestions()).isEmpty();
        assertThat(check.byName(NameKey.of("kahwa blend"), CheckOptions.everyList()).verdict())
                .isEqualTo(Verdict.NOT_LISTED);
    }

    @Test
    void a_look_alike_never_decides_but_is_suggested_with_its_own_verdict() {
        CheckAnswer answer = check.byName(NameKey.of("doritos"), CheckOptions.everyList());

        assertThat(answer.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(answer.unknownReason()).contains(UnknownReason.NO_CONFIDENT_MATCH);
        assertThat(answer.matches()).isEmpty();
        assertThat(answer.suggestions()).singleElement().satisfies(suggestion -> {
            assertThat(suggestion.match().target()).isEqualTo(dominos);
            assertThat(suggestion.verdict()).isEqualTo(Verdict.LISTED);
        });
    }

    @Test
    void a_name_the_catalog_does_not_hold_is_unknown_never_clean() {
        CheckAnswer answer = check.byName(NameKey.of("zzyzx water"), CheckOptions.everyList());

        assertThat(answer.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(answer.unknownReason()).contains(UnknownReason.NOT_IN_CATALOG);
        assertThat(answer.suggestions()).isEmpty();
    }

    @Test
    void a_word_inside_several_names_is_ambiguous() {
        search.named(catalog.product("Pepsi Pizza", kahwa), "Pepsi Pizza");

        CheckAnswer answer = check.byName(NameKey.of("pizza"), CheckOptions.everyList());

        assertThat(answer.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(answer.unknownReason()).contains(UnknownReason.AMBIGUOUS);
        assertThat(answer.suggestions()).extracting(suggestion -> suggestion.match().name(), Suggestion::verdict)
                .containsExactlyInAnyOrder(tuple("Dominos Pizza", Verdict.LISTED),
                        tuple("Pepsi Pizza", Verdict.NOT_LISTED));
    }

    @Test
    void the_first_word_of_one_makers_names_checks_the_maker() {
        CheckAnswer answer = check.byName(NameKey.of("kahwa"), CheckOptions.everyList());

        assertThat(answer.verdict()).isEqualTo(Verdict.NOT_LISTED);
        assertThat(answer.matches()).extracting(match -> match.assessment().match().orElseThrow())
                .containsExactly((ListingTarget) roasters);
        assertThat(answer.matches()).extracting(CheckedMatch::confidence).containsExactly(Confidence.PREFIX);
    }

    @Test
    void a_corrected_typing_error_says_what_it_read() {
        search.named(catalog.brand("Starbucks", dominosCompany), "Starbucks");

        CheckAnswer answer = check.byName(NameKey.of("starbuks"), CheckOptions.everyList());

        assertThat(answer.verdict()).isEqualTo(Verdict.LISTED);
        assertThat(answer.readAs()).contains("Starbucks");
        assertThat(answer.matches()).singleElement().satisfies(match ->
                assertThat(match.confidence()).isEqualTo(Confidence.TYPO));
    }

    @Test
    void a_barcode_decides_and_an_unknown_or_store_local_one_does_not() {
        CheckAnswer listed = check.byBarcode(Gtin.parse("4006381333931"), CheckOptions.everyList());
        CheckAnswer clean = check.byBarcode(Gtin.parse("036000291452"), CheckOptions.everyList());
        CheckAnswer unknown = check.byBarcode(Gtin.parse("5449000000996"), CheckOptions.everyList());
        CheckAnswer inStore = check.byBarcode(Gtin.parse("2000000000015"), CheckOptions.everyList());

        assertThat(listed.verdict()).isEqualTo(Verdict.LISTED);
        assertThat(listed.matches()).singleElement().satisfies(match -> {
            assertThat(match.confidence()).isEqualTo(Confidence.BARCODE);
            assertThat(match.name()).isEqualTo("Dominos Pizza");
            assertThat(match.assessment().match()).contains(pizza);
        });
        assertThat(clean.verdict()).isEqualTo(Verdict.NOT_LISTED);
        assertThat(clean.matches()).extracting(match -> match.assessment().match().orElseThrow())
                .containsExactly((ListingTarget) blend);
        assertThat(unknown.unknownReason()).contains(UnknownReason.NOT_IN_CATALOG);
        assertThat(inStore.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(inStore.unknownReason()).contains(UnknownReason.RESTRICTED_BARCODE);
        assertThat(inStore.query()).isEqualTo("02000000000015");
    }

    @Test
    void a_match_whose_owners_cannot_be_followed_is_unknown() {
        CompanyId owner = catalog.company("Deep Top");
        for (int level = 0; level < Ownership.MAX_CHAIN; level++) {
            owner = catalog.company("Deep " + level, owner);
        }
        search.named(catalog.brand("Deep Snacks", owner), "Deep Snacks");

        CheckAnswer answer = check.byName(NameKey.of("deep snacks"), CheckOptions.everyList());

        assertThat(answer.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(answer.unknownReason()).contains(UnknownReason.OWNERSHIP_UNKNOWN);
        assertThat(answer.matches()).hasSize(1);
    }

    private Listing list(ListingTarget target) {
        return listings.save(new Listing(null, BOYCOTT, target, "because", Severity.HIGH, List.of(),
                Optional.empty(), ListingStatus.ACTIVE));
    }
}
