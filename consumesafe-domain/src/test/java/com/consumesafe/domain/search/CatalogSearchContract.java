package com.consumesafe.domain.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.consumesafe.domain.catalog.BrandId;
import com.consumesafe.domain.catalog.CatalogFixture;
import com.consumesafe.domain.catalog.CompanyId;
import com.consumesafe.domain.catalog.ProductId;
import com.consumesafe.domain.name.NameKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link CatalogSearch} must do; adapters' tests extend it. */
public abstract class CatalogSearchContract {

    protected abstract CatalogSearch search();

    protected abstract CatalogFixture catalog();

    @Test
    void finds_a_name_whatever_its_case_accents_and_punctuation() {
        CompanyId company = catalog().company("Zyxwvé Contractée S.A.");

        List<String> typings =
                List.of("zyxwve contractee", "ZYXWVÉ CONTRACTÉE", "Zyxwve-Contractee", "zyxwvé  contractée");
        for (String typed : typings) {
            assertThat(search().search(NameKey.of(typed), 5))
                    .first()
                    .satisfies(match -> {
                        assertThat(match.target()).isEqualTo(company);
                        assertThat(match.quality()).isEqualTo(MatchQuality.EXACT);
                        assertThat(match.name()).isEqualTo("Zyxwvé Contractée S.A.");
                    });
        }
    }

    @Test
    void ranks_exact_before_prefix_before_fuzzy_across_kinds() {
        CompanyId company = catalog().company("Qorvant");
        BrandId brand = catalog().brand("Qorvant Fizz", company);
        ProductId product = catalog().product("Qorvent", brand);

        List<CatalogMatch> matches = search().search(NameKey.of("qorvant"), 10);

        assertThat(matches).extracting(CatalogMatch::target).startsWith(company, brand, product);
        assertThat(matches).extracting(CatalogMatch::quality)
                .startsWith(MatchQuality.EXACT, MatchQuality.PREFIX, MatchQuality.FUZZY);
        assertThat(matches).extracting(CatalogMatch::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void tolerates_one_or_two_typing_errors_in_a_name_of_five_letters_or_more() {
        CompanyId company = catalog().company("Brindlewick");
        BrandId brand = catalog().brand("Talvora", company);

        assertThat(search().search(NameKey.of("brindelwick"), 5)).extracting(CatalogMatch::target).contains(company);
        assertThat(search().search(NameKey.of("brindlewik"), 5)).extracting(CatalogMatch::target).contains(company);
        assertThat(search().search(NameKey.of("talvorra"), 5)).extracting(CatalogMatch::target).contains(brand);
        assertThat(search().search(NameKey.of("tavlora"), 5)).extracting(CatalogMatch::target).contains(brand);
    }

    @Test
    void finds_a_long_name_with_one_typing_error_at_its_first_or_last_letter_among_look_alikes() {
        CompanyId company = catalog().company("Drovenskal Mirthaupe");
        BrandId lookAlike = catalog().brand("Drovenskal Mirthaupe Zero", company);
        ProductId other = catalog().product("Trovenskel Mirthoupa", lookAlike);

        assertThat(search().bestMatches(NameKey.of("frovenskal mirthaupe"), 5)).extracting(CatalogMatch::target)
                .first().isEqualTo(company);
        assertThat(search().bestMatches(NameKey.of("drovenskal mirthaup"), 5)).extracting(CatalogMatch::target)
                .first().isEqualTo(company);
        assertThat(search().bestMatches(NameKey.of("drovenskal mirhtaupe"), 5)).extracting(CatalogMatch::target)
                .containsExactly(company);
        assertThat(search().bestMatches(NameKey.of("rtovenskel mirthoupa"), 5)).extracting(CatalogMatch::target)
                .containsExactly(other);
    }

    @Test
    void finds_a_short_name_with_two_letters_replaced_but_not_one_three_edits_away() {
        CompanyId company = catalog().company("Quenvale");
        BrandId brand = catalog().brand("Zorpex", company);

        assertThat(search().search(NameKey.of("qaenvalo"), 5)).extracting(CatalogMatch::target).contains(company);
        assertThat(search().search(NameKey.of("zxrpax"), 5)).extracting(CatalogMatch::target).contains(brand);
        assertThat(search().bestMatches(NameKey.of("zxrpax"), 5)).extracting(CatalogMatch::target).contains(brand);
        assertThat(search().search(NameKey.of("zxrqax"), 5)).extracting(CatalogMatch::target).doesNotContain(brand);
    }

    @Test
    void tolerates_two_typing_errors_in_a_long_name_too() {
        CompanyId company = catalog().company("Vantroleux Dimbrastique S.A.");
        BrandId brand = catalog().brand("Marquelin Sostrovage", company);

        assertThat(search().search(NameKey.of("vantrolex dimbrastiqe"), 5)).extracting(CatalogMatch::target)
                .contains(company);
        assertThat(search().search(NameKey.of("marqelin sostrovaje"), 5)).extracting(CatalogMatch::target)
                .contains(brand);
    }

    @Test
    void best_matches_keep_only_the_best_quality_found() {
        CompanyId company = catalog().company("Quintabel");
        BrandId brand = catalog().brand("Quintabel Fresh", company);
        ProductId product = catalog().product("Quintabal", brand);

        assertThat(search().bestMatches(NameKey.of("quintabel"), 5)).extracting(CatalogMatch::target)
                .containsExactly(company);
        assertThat(search().bestMatches(NameKey.of("quintabel fr"), 5)).extracting(CatalogMatch::target)
                .containsExactly(brand);
        assertThat(search().bestMatches(NameKey.of("quintabol"), 5)).extracting(CatalogMatch::quality)
                .containsOnly(MatchQuality.FUZZY);
        assertThat(search().bestMatches(NameKey.of("quintabol"), 5)).extracting(CatalogMatch::target)
                .contains(company, product);
        assertThat(search().bestMatches(NameKey.of("qqqqqqqqqqzzzzzz"), 5)).isEmpty();
    }

    @Test
    void respects_the_limit_and_finds_nothing_for_an_unrelated_query() {
        CompanyId company = catalog().company("Limitco Alpha");
        catalog().brand("Limitco Beta", company);
        catalog().brand("Limitco Gamma", company);

        assertThat(search().search(NameKey.of("limitco"), 2)).hasSize(2);
        assertThat(search().search(NameKey.of("qqqqqqqqqqzzzzzz"), 5)).isEmpty();
    }

    @Test
    void finds_whole_words_inside_names_after_exact_and_prefix_matches() {
        CompanyId company = catalog().company("Zemvolar Quenneth");
        BrandId starting = catalog().brand("Quenneth Tarvos", company);
        ProductId partOfAWord = catalog().product("Zemvolar Quennethia", starting);

        List<CatalogMatch> matches = search().search(NameKey.of("quenneth"), 10);

        assertThat(matches).extracting(CatalogMatch::target, CatalogMatch::quality).startsWith(
                tuple(starting, MatchQuality.PREFIX),
                tuple(company, MatchQuality.WORD));
        assertThat(matches).extracting(CatalogMatch::target).doesNotContain(partOfAWord);
        assertThat(matches).extracting(CatalogMatch::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(search().candidates(NameKey.of("quenneth tarvos extra large"), 10))
                .extracting(CatalogMatch::target, CatalogMatch::quality)
                .contains(tuple(starting, MatchQuality.WORD));
    }

    @Test
    void candidates_hold_names_equal_spacing_aside_and_without_one_names_one_error_away() {
        CompanyId company = catalog().company("Plimbrook Stream");
        BrandId brand = catalog().brand("Plimbrookstream", company);
        ProductId oneError = catalog().product("Plimbrook Straem", brand);

        List<CatalogMatch> candidates = search().candidates(NameKey.of("plimbrookstream"), 10);

        assertThat(candidates).filteredOn(match -> match.quality() == MatchQuality.EXACT)
                .extracting(CatalogMatch::target).containsExactlyInAnyOrder(company, brand);
        assertThat(search().candidates(NameKey.of("plimbrook stream"), 10)).extracting(CatalogMatch::target)
                .contains(company, brand);
        assertThat(search().candidates(NameKey.of("plimbrook streem"), 10)).extracting(CatalogMatch::target)
                .contains(company, brand, oneError);
    }

    @Test
    void finds_names_whose_first_word_is_one_typing_error_away() {
        CompanyId company = catalog().company("Drevonia Foods");
        ProductId product = catalog().product("Quarmelith Grove Oil", catalog().brand("Zentrova", company));

        assertThat(search().candidates(NameKey.of("drevoina"), 10)).extracting(CatalogMatch::target)
                .contains(company);
        assertThat(search().search(NameKey.of("qaurmelith"), 10)).extracting(CatalogMatch::target).contains(product);
        assertThat(search().candidates(NameKey.of("quarmelith grvoe"), 10)).extracting(CatalogMatch::target)
                .contains(product);
    }
}
