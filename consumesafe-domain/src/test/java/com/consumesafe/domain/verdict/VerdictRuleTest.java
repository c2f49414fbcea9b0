package com.consumesafe.domain.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.consumesafe.domain.alternative.Alternative;
import com.consumesafe.domain.alternative.InMemoryAlternatives;
import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.catalog.BrandId;
import com.consumesafe.domain.catalog.CompanyId;
import com.consumesafe.domain.catalog.InMemoryCatalog;
import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.catalog.Ownership;
import com.consumesafe.domain.catalog.OwnershipStep;
import com.consumesafe.domain.catalog.ProductId;
import com.consumesafe.domain.catalog.TargetKind;
import com.consumesafe.domain.country.CountryCode;
import com.consumesafe.domain.list.Slug;
import com.consumesafe.domain.listing.InMemoryListings;
import com.consumesafe.domain.listing.ListSelection;
import com.consumesafe.domain.listing.Listing;
import com.consumesafe.domain.listing.ListingId;
import com.consumesafe.domain.listing.ListingStatus;
import com.consumesafe.domain.listing.Listings;
import com.consumesafe.domain.listing.Severity;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerdictRuleTest {

    private static final Slug BOYCOTT = new Slug("boycott");
    private static final Slug RECALLS = new Slug("recalls");
    private static final CountryCode TUNISIA = new CountryCode("TN");
    private static final CountryCode FRANCE = new CountryCode("FR");

    private final InMemoryCatalog catalog = new InMemoryCatalog();
    private final InMemoryListings listings = new InMemoryListings();
    private final InMemoryAlternatives alternatives = new InMemoryAlternatives();
    private final VerdictRule rule =
            new VerdictRule(new InMemoryListedChains(catalog, catalog, listings), catalog, listings, alternatives);

    // Holding owns Group owns Foods owns Dairy, which owns the brand Yummy, which sells Yummy Yogurt
    private final CompanyId holding = catalog.company("Holding");
    private final CompanyId group = catalog.company("Group", holding);
    private final CompanyId foods = catalog.company("Foods", group);
    private final CompanyId dairy = catalog.company("Dairy", foods);
    private final BrandId yummy = catalog.brand("Yummy", dairy);
    private final ProductId yogurt = catalog.product("Yummy Yogurt", yummy, Set.of(Gtin.parse("4006381333931")));

    // a clean local dairy, for alternatives
    private final CompanyId localDairy = catalog.company("Laiterie Locale");
    private final BrandId localBrand = catalog.brand("Jaouda", localDairy);
    private final ProductId localYogurt = catalog.product("Jaouda Yaourt", localBrand);

    @Test
    void lists_a_product_listed_itself() {
        Listing listing = list(BOYCOTT, yogurt);

        Assessment assessment = rule.check(yogurt, CheckOptions.everyList());

        assertThat(assessment.verdict()).isEqualTo(Verdict.LISTED);
        assertThat(assessment.match()).contains(yogurt);
        assertThat(assessment.listings()).containsExactly(listing);
    }

    @Test
    void lists_a_product_through_its_brand() {
        Listing listing = list(BOYCOTT, yummy);

        assertThat(rule.check(yogurt, CheckOptions.everyList()).listings()).containsExactly(listing);
    }

    @Test
    void lists_a_product_through_its_company() {
        Listing listing = list(BOYCOTT, dairy);

        Assessment assessment = rule.check(yogurt, CheckOptions.everyList());

        assertThat(assessment.verdict()).isEqualTo(Verdict.LISTED);
        assertThat(assessment.listings()).containsExactly(listing);
    }

    @Test
    void lists_a_product_through_a_company_four_levels_up_and_shows_the_whole_path() {
        Listing listing = list(BOYCOTT, holding);

        Assessment assessment = rule.check(yogurt, CheckOptions.everyList());

        assertThat(assessment.verdict()).isEqualTo(Verdict.LISTED);
        assertThat(assessment.listings()).containsExactly(listing);
        assertThat(assessment.path().steps())
                .extracting(OwnershipStep::kind, OwnershipStep::name)
                .containsExactly(
                        tuple(TargetKind.PRODUCT, "Yummy Yogurt"),
                        tuple(TargetKind.BRAND, "Yummy"),
                        tuple(TargetKind.COMPANY, "Dairy"),
                        tuple(TargetKind.COMPANY, "Foods"),
                        tuple(TargetKind.COMPANY, "Group"),
                        tuple(TargetKind.COMPANY, "Holding"));
        assertThat(assessment.path().cycle()).isFalse();
        assertThat(assessment.path().cut()).isFalse();
    }

    @Test
    void collects_every_listing_on_the_path_nearest_first() {
        Listing onHolding = list(RECALLS, holding);
        Listing onProduct = list(BOYCOTT, yogurt);
        Listing onBrandLow = list(BOYCOTT, yummy, Severity.LOW);
        Listing onBrandHigh = list(RECALLS, yummy, Severity.HIGH);

        assertThat(rule.check(yogurt, CheckOptions.everyList()).listings())
                .containsExactly(onProduct, onBrandHigh, onBrandLow, onHolding);
    }

    @Test
    void checks_a_brand_or_a_company_from_its_own_level() {
        list(BOYCOTT, foods);

        assertThat(rule.check(yummy, CheckOptions.everyList()).path().targets())
                .containsExactly(yummy, dairy, foods, group, holding);
        assertThat(rule.check(yummy, CheckOptions.everyList()).verdict()).isEqualTo(Verdict.LISTED);
        assertThat(rule.check(group, CheckOptions.everyList()).verdict()).isEqualTo(Verdict.NOT_LISTED);
        assertThat(rule.check(dairy, CheckOptions.everyList()).verdict()).isEqualTo(Verdict.LISTED);
    }

    @Test
    void does_not_list_what_nothing_on_its_path_lists() {
        list(BOYCOTT, localDairy);

        Assessment assessment = rule.check(yogurt, CheckOptions.everyList());

        assertThat(assessment.verdict()).isEqualTo(Verdict.NOT_LISTED);
        assertThat(assessment.listings()).isEmpty();
        assertThat(assessment.path().steps()).hasSize(6);
        assertThat(assessment.alternatives()).isEmpty();
    }

    @Test
    void ignores_a_retired_listing() {
        listings.save(list(BOYCOTT, dairy).retire());

        assertThat(rule.check(yogurt, CheckOptions.everyList()).verdict()).isEqualTo(Verdict.NOT_LISTED);
    }

    @Test
    void ignores_retired_listings_and_other_lists_even_from_a_loose_adapter() {
        Listing retired = new Listing(null, BOYCOTT, dairy, "old", Severity.HIGH, List.of(), Optional.empty(),
                ListingStatus.RETIRED);
        Listing otherList = new Listing(null, RECALLS, dairy, "recall", Severity.HIGH, List.of(), Optional.empty(),
                ListingStatus.ACTIVE);
        Listing elsewhere = new Listing(null, BOYCOTT, localDairy, "other", Severity.HIGH, List.of(),
                Optional.empty(), ListingStatus.ACTIVE);
        Listings loose = new Listings() {
            @Override
            public List<Listing> activeOn(Collection<? extends ListingTarget> targets, ListSelection lists) {
                return List.of(retired, otherList, elsewhere);
            }

            @Override
            public Listing save(Listing listing) {
                return listing;
            }

            @Override
            public Optional<Listing> find(ListingId id) {
                return Optional.empty();
            }
        };
        VerdictRule looseRule = new VerdictRule(new InMemoryListedChains(catalog, catalog, loose), catalog, loose,
                alternatives);

        assertThat(looseRule.check(yogurt, new CheckOptions(ListSelection.of(BOYCOTT), Optional.empty())).verdict())
                .isEqualTo(Verdict.NOT_LISTED);
    }

    @Test
    void looks_only_at_the_selected_lists_and_at_every_list_when_none_is_selected() {
        Listing listing = list(BOYCOTT, foods);

        assertThat(rule.check(yogurt, options(ListSelection.of(RECALLS))).verdict()).isEqualTo(Verdict.NOT_LISTED);
        assertThat(rule.check(yogurt, options(ListSelection.of(BOYCOTT))).listings()).containsExactly(listing);
        assertThat(rule.check(yogurt, options(ListSelection.of(RECALLS, BOYCOTT))).verdict())
                .isEqualTo(Verdict.LISTED);
        assertThat(rule.check(yogurt, options(ListSelection.all())).verdict()).isEqualTo(Verdict.LISTED);
    }

    @Test
    void offers_a_clean_alternative_with_its_name_brand_and_origin() {
        list(BOYCOTT, dairy);
        alternatives.save(new Alternative(yogurt, localYogurt, Optional.of(TUNISIA), "made nearby"));

        Assessment assessment = rule.check(yogurt, CheckOptions.everyList());

        assertThat(assessment.alternatives()).singleElement().satisfies(offered -> {
            assertThat(offered.name()).isEqualTo("Jaouda Yaourt");
            assertThat(offered.brand()).contains("Jaouda");
            assertThat(offered.origin()).contains(TUNISIA);
            assertThat(offered.alternative().note()).isEqualTo("made nearby");
        });
        assertThat(assessment.rejected()).isEmpty();
    }

    @Test
    void offers_alternatives_suggested_for_anything_on_the_path() {
        list(BOYCOTT, holding);
        alternatives.save(new Alternative(holding, localBrand, Optional.empty(), ""));

        Assessment assessment = rule.check(yogurt, CheckOptions.everyList());

        assertThat(assessment.alternatives()).singleElement().satisfies(offered -> {
            assertThat(offered.name()).isEqualTo("Jaouda");
            assertThat(offered.brand()).contains("Jaouda");
        });
    }

    @Test
    void never_offers_an_alternative_listed_through_its_parent() {
        list(BOYCOTT, dairy);
        CompanyId listedParent = catalog.company("Big Parent");
        Listing parentListing = list(BOYCOTT, listedParent);
        CompanyId subsidiary = catalog.company("Looks Local", listedParent);
        ProductId fakeLocal = catalog.product("Looks Local Yogurt", catalog.brand("Looks Local", subsidiary));
        alternatives.save(new Alternative(yogurt, fakeLocal, Optional.of(TUNISIA), "claims to be local"));
        alternatives.save(new Alternative(yogurt, localYogurt, Optional.of(TUNISIA), ""));

        Assessment assessment = rule.check(yogurt, CheckOptions.everyList());

        assertThat(assessment.alternatives()).extracting(OfferedAlternative::name).containsExactly("Jaouda Yaourt");
        assertThat(assessment.rejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.alternative().suggested()).isEqualTo(fakeLocal);
            assertThat(rejected.listings()).containsExactly(parentListing);
            assertThat(rejected.why()).contains("boycott").contains("Big Parent");
        });
    }

    @Test
    void offers_an_alternative_listed_only_in_a_list_not_selected() {
        list(BOYCOTT, dairy);
        list(RECALLS, localDairy);
        alternatives.save(new Alternative(yogurt, localYogurt, Optional.empty(), ""));

        assertThat(rule.check(yogurt, options(ListSelection.of(BOYCOTT))).alternatives()).hasSize(1);
        assertThat(rule.check(yogurt, CheckOptions.everyList()).alternatives()).isEmpty();
        assertThat(rule.check(yogurt, CheckOptions.everyList()).rejected()).hasSize(1);
    }

    @Test
    void rejects_an_alternative_the_catalog_does_not_hold_and_offers_each_suggestion_once() {
        list(BOYCOTT, dairy);
        alternatives.save(new Alternative(yogurt, new ProductId(999_999), Optional.empty(), ""));
        alternatives.save(new Alternative(yogurt, localYogurt, Optional.empty(), ""));
        alternatives.save(new Alternative(yummy, localYogurt, Optional.empty(), ""));

        Assessment assessment = rule.check(yogurt, CheckOptions.everyList());

        assertThat(assessment.alternatives()).hasSize(1);
        assertThat(assessment.rejected()).singleElement()
                .extracting(RejectedAlternative::why).isEqualTo("not in the catalog");
    }

    @Test
    void puts_alternatives_from_the_preferred_country_first() {
        list(BOYCOTT, dairy);
        ProductId french = catalog.product("Yaourt de France", catalog.brand("Gallia", catalog.company("Gallia SA")));
        ProductId unknownOrigin = catalog.product("Plain", catalog.brand("Plain", catalog.company("Plain Co")));
        alternatives.save(new Alternative(yogurt, french, Optional.of(FRANCE), ""));
        alternatives.save(new Alternative(yogurt, unknownOrigin, Optional.empty(), ""));
        alternatives.save(new Alternative(yogurt, localYogurt, Optional.of(TUNISIA), ""));

        assertThat(rule.check(yogurt, new CheckOptions(ListSelection.all(), Optional.of(TUNISIA))).alternatives())
                .extracting(OfferedAlternative::name)
                .containsExactly("Jaouda Yaourt", "Yaourt de France", "Plain");
        assertThat(rule.check(yogurt, CheckOptions.everyList()).alternatives())
                .extracting(OfferedAlternative::name)
                .containsExactly("Yaourt de France", "Plain", "Jaouda Yaourt");
    }

    @Test
    void stops_at_an_ownership_cycle_and_reports_it() {
        CompanyId first = catalog.company("First");
        CompanyId second = catalog.company("Second", first);
        catalog.ownedBy(first, second);
        ProductId looping = catalog.product("Loop", catalog.brand("Loop", first));

        Assessment clean = rule.check(looping, CheckOptions.everyList());
        list(BOYCOTT, second);
        Assessment listed = rule.check(looping, CheckOptions.everyList());

        assertThat(clean.verdict()).isEqualTo(Verdict.NOT_LISTED);
        assertThat(clean.path().cycle()).isTrue();
        assertThat(clean.path().targets()).containsExactly(looping, clean.path().targets().get(1), first, second);
        assertThat(listed.verdict()).isEqualTo(Verdict.LISTED);
    }

    @Test
    void cannot_call_clean_what_is_owned_beyond_the_longest_chain() {
        CompanyId top = catalog.company("Top");
        CompanyId owner = top;
        for (int level = 0; level < Ownership.MAX_CHAIN; level++) {
            owner = catalog.company("Level " + level, owner);
        }
        ProductId deep = catalog.product("Deep", catalog.brand("Deep", owner));
        list(BOYCOTT, top);

        Assessment assessment = rule.check(deep, CheckOptions.everyList());

        assertThat(assessment.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(assessment.path().cut()).isTrue();
        assertThat(assessment.path().steps()).hasSize(Ownership.MAX_CHAIN);
    }

    @Test
    void rejects_an_alternative_whose_ownership_is_too_deep_to_check() {
        list(BOYCOTT, dairy);
        CompanyId owner = catalog.company("Deep Top");
        for (int level = 0; level < Ownership.MAX_CHAIN; level++) {
            owner = catalog.company("Deep " + level, owner);
        }
        BrandId deepBrand = catalog.brand("Deep Brand", owner);
        alternatives.save(new Alternative(yogurt, deepBrand, Optional.empty(), ""));

        assertThat(rule.check(yogurt, CheckOptions.everyList()).rejected()).singleElement()
                .extracting(RejectedAlternative::why).isEqualTo("ownership too deep to check");
    }

    @Test
    void answers_unknown_for_a_barcode_the_catalog_does_not_know() {
        Assessment assessment = rule.checkBarcode(Gtin.parse("96385074"), CheckOptions.everyList());

        assertThat(assessment.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(assessment.match()).isEmpty();
        assertThat(assessment.path().isEmpty()).isTrue();
    }

    @Test
    void finds_a_barcode_whatever_form_was_scanned() {
        list(BOYCOTT, holding);

        Assessment assessment = rule.checkBarcode(Gtin.parse("04006381333931"), CheckOptions.everyList());

        assertThat(assessment.verdict()).isEqualTo(Verdict.LISTED);
        assertThat(assessment.match()).contains(yogurt);
    }

    @Test
    void answers_unknown_for_no_match_and_for_an_id_the_catalog_does_not_hold() {
        assertThat(rule.check(Optional.empty(), CheckOptions.everyList()).verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(rule.check(new BrandId(424_242), CheckOptions.everyList()))
                .satisfies(assessment -> {
                    assertThat(assessment.verdict()).isEqualTo(Verdict.UNKNOWN);
                    assertThat(assessment.match()).contains(new BrandId(424_242));
                });
        assertThat(rule.check(Optional.of(yogurt), CheckOptions.everyList()).verdict())
                .isEqualTo(Verdict.NOT_LISTED);
    }

    @Test
    void refuses_a_chain_that_starts_somewhere_else() {
        Ownership wrong = target -> List.of(new OwnershipStep(holding, "Holding"));
        VerdictRule confused = new VerdictRule(new InMemoryListedChains(wrong, catalog, listings), wrong, listings,
                alternatives);

        assertThatThrownBy(() -> confused.check(yogurt, CheckOptions.everyList()))
                .isInstanceOf(IllegalStateException.class);
    }

    private Listing list(Slug list, ListingTarget target) {
        return list(list, target, Severity.HIGH);
    }

    private Listing list(Slug list, ListingTarget target, Severity severity) {
        return listings.save(new Listing(null, list, target, "because", severity, List.of(), Optional.empty(),
                ListingStatus.ACTIVE));
    }

    private static CheckOptions options(ListSelection lists) {
        return new CheckOptions(lists, Optional.empty());
    }
}
