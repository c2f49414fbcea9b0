package com.consumesafe.domain.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.domain.catalog.BrandId;
import com.consumesafe.domain.catalog.CompanyId;
import com.consumesafe.domain.catalog.ProductId;
import com.consumesafe.domain.name.NameKey;
import com.consumesafe.domain.search.CatalogMatch;
import com.consumesafe.domain.search.MatchQuality;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class MatchConfidenceTest {

    private static final Owners NO_OWNERS = targets -> Map.of();

    private final AtomicLong ids = new AtomicLong();

    @Test
    void an_exact_name_decides_whatever_its_case_accents_and_spacing() {
        CatalogMatch company = company("Nestlé");
        CatalogMatch brand = brand("Nestlé");

        Reading reading = read("NESTLE", company, brand, product("Nestlé Waters"));

        assertThat(reading.confident()).extracting(ConfidentMatch::match).containsExactly(company, brand);
        assertThat(reading.confident()).extracting(ConfidentMatch::confidence).containsOnly(Confidence.EXACT);
        assertThat(reading.correctedTo()).isEmpty();
        assertThat(read("soda stream", brand("SodaStream")).confident()).extracting(ConfidentMatch::confidence)
                .containsExactly(Confidence.EXACT);
    }

    @Test
    void the_first_whole_words_of_one_name_decide() {
        CatalogMatch evian = product("Evian Water");

        assertThat(read("evian", evian).confident()).containsExactly(new ConfidentMatch(evian, Confidence.PREFIX));
    }

    @Test
    void a_name_and_its_longer_forms_are_one_name() {
        CatalogMatch cocaCola = brand("Coca-Cola");
        CatalogMatch zero = product("Coca-Cola Zero");

        Reading reading = read("coca", zero, cocaCola);

        assertThat(reading.confident()).containsExactly(new ConfidentMatch(cocaCola, Confidence.PREFIX));
    }

    @Test
    void the_start_of_the_names_of_one_maker_and_what_it_owns_names_the_maker() {
        CatalogMatch company = company("Quickbook Systems");
        CatalogMatch brand = brand("Quickbook Systems");
        CatalogMatch laptop = product("Quickbook Laptop");
        Owners owners = targets -> Map.of(company.target(), List.of(company.target()),
                brand.target(), List.of(brand.target(), company.target()),
                laptop.target(), List.of(laptop.target(), brand.target(), company.target()));

        Reading reading = MatchConfidence.read(NameKey.of("quickbook"), List.of(laptop, brand, company), owners);
        Reading unowned = MatchConfidence.read(NameKey.of("quickbook"), List.of(laptop, brand, company), NO_OWNERS);

        assertThat(reading.confident()).extracting(ConfidentMatch::match).containsExactly(brand, company);
        assertThat(unowned.confident()).isEmpty();
        assertThat(unowned.ambiguous()).isTrue();
    }

    @Test
    void words_for_a_kind_of_product_never_decide_as_a_prefix() {
        assertThat(read("lait", product("Lait Fermenté Danora")).confident()).isEmpty();
        assertThat(read("eau minerale", product("Eau Minérale Safia")).confident()).isEmpty();
        assertThat(read("big", product("Big Burger")).confident()).isEmpty();
        assertThat(read("عصير", product("عصير سيدي")).confident()).isEmpty();
        assertThat(read("lait fermente danora", product("Lait Fermenté Danora")).confident()).hasSize(1);
        assertThat(read("lait fermente danora", product("Lait Fermenté Danora Plus")).confident()).hasSize(1);
    }

    @Test
    void the_start_of_two_different_names_is_ambiguous() {
        Reading reading = read("ben", brand("Ben & Jerry's"), product("Ben Hur Dates"));

        assertThat(reading.confident()).isEmpty();
        assertThat(reading.ambiguous()).isTrue();
        assertThat(reading.lookAlikes()).extracting(CatalogMatch::name)
                .containsExactlyInAnyOrder("Ben & Jerry's", "Ben Hur Dates");
    }

    @Test
    void part_of_a_word_never_decides() {
        Reading reading = read("nest", company("Nestlé"));

        assertThat(reading.confident()).isEmpty();
        assertThat(reading.ambiguous()).isFalse();
        assertThat(reading.lookAlikes()).extracting(CatalogMatch::name).containsExactly("Nestlé");
    }

    @Test
    void a_common_word_inside_several_names_is_no_clean_bill() {
        Reading cola = read("cola", word(brand("Coca-Cola")), word(product("Pepsi Cola")));
        Reading water = read("water", product("Water Wipes"), word(product("Evian Water")));

        assertThat(cola.confident()).isEmpty();
        assertThat(cola.ambiguous()).isTrue();
        assertThat(water.confident()).isEmpty();
        assertThat(water.ambiguous()).isTrue();
        assertThat(water.lookAlikes()).extracting(CatalogMatch::name).containsExactly("Water Wipes", "Evian Water");
    }

    @Test
    void a_word_inside_one_name_is_only_a_suggestion() {
        Reading reading = read("cola", word(brand("Coca-Cola")));

        assertThat(reading.confident()).isEmpty();
        assertThat(reading.ambiguous()).isFalse();
        assertThat(reading.lookAlikes()).extracting(CatalogMatch::name).containsExactly("Coca-Cola");
    }

    @Test
    void a_prefix_of_fewer_than_three_letters_never_decides() {
        assertThat(read("de", brand("De Beers")).confident()).isEmpty();
        assertThat(read("dee", brand("Dee Beers")).confident()).hasSize(1);
    }

    @Test
    void one_typing_error_in_a_long_word_is_corrected() {
        CatalogMatch starbucks = fuzzy(brand("Starbucks"));

        Reading reading = read("starbuks", starbucks);

        assertThat(reading.confident()).containsExactly(new ConfidentMatch(starbucks, Confidence.TYPO));
        assertThat(reading.correctedTo()).contains("Starbucks");
        assertThat(read("heienken", fuzzy(brand("Heineken"))).correctedTo()).contains("Heineken");
        assertThat(read("starbuks coffee", fuzzy(product("Starbucks Coffee"))).correctedTo())
                .contains("Starbucks Coffee");
    }

    @Test
    void a_typing_error_in_the_first_words_of_names_reads_as_those_words() {
        CatalogMatch company = fuzzy(company("Nestoria Foods"));
        CatalogMatch brand = fuzzy(brand("Nestoria Foods"));

        Reading reading = read("nestoira", company, brand);

        assertThat(reading.confident()).extracting(ConfidentMatch::match).containsExactly(company, brand);
        assertThat(reading.confident()).extracting(ConfidentMatch::confidence).containsOnly(Confidence.TYPO);
        assertThat(reading.correctedTo()).contains("Nestoria Foods");
        assertThat(read("nestoira", company, fuzzy(product("Nestoria Waters"))).confident())
                .as("two makers start with the corrected word").isEmpty();
        assertThat(read("nestoira", company, fuzzy(product("Nestoiro Waters"))).ambiguous())
                .as("two starts one error away").isTrue();
    }

    @Test
    void a_name_whose_first_words_are_no_name_key_is_still_read() {
        // "frosty and" is no key ("frosty" is): the error in it used to be a 400 naming the field "name"
        CatalogMatch brand = fuzzy(brand("Frosty & Jo's"));
        CatalogMatch longer = fuzzy(brand("Frostyberry & Jo's"));
        CatalogMatch company = fuzzy(company("Cone Co Distribution"));

        assertThat(read("Frosy & Jo's", brand).confident()).as("an error in a short word decides nothing").isEmpty();
        assertThat(read("Frostybery & Jo's", longer).correctedTo()).contains("Frostyberry & Jo's");
        assertThat(read("cone co distribtion", company).correctedTo()).contains("Cone Co Distribution");
    }

    @Test
    void a_dropped_or_added_letter_is_corrected_in_a_word_of_seven_letters_against_eight() {
        assertThat(read("malboro", fuzzy(brand("Marlboro"))).correctedTo()).contains("Marlboro");
        assertThat(read("marlborro", fuzzy(brand("Marlboro"))).correctedTo()).contains("Marlboro");
        assertThat(read("nestel", fuzzy(brand("Nestle"))).confident()).isEmpty();
    }

    @Test
    void one_error_in_a_short_word_never_decides_since_it_often_spells_another_name() {
        assertThat(read("dole", fuzzy(brand("Dove"))).confident()).isEmpty();
        assertThat(read("morelli", fuzzy(brand("Dorelli"))).confident()).isEmpty();
        assertThat(read("coca colq", fuzzy(brand("Coca Cola"))).confident()).isEmpty();
    }

    @Test
    void two_errors_never_decide() {
        Reading reading = read("doritos", fuzzy(brand("Dominos")));

        assertThat(reading.confident()).isEmpty();
        assertThat(reading.lookAlikes()).extracting(CatalogMatch::name).containsExactly("Dominos");
    }

    @Test
    void a_typing_error_with_two_names_as_close_is_ambiguous() {
        Reading reading = read("starbuks", fuzzy(brand("Starbucks")), fuzzy(brand("Starbukz")));

        assertThat(reading.confident()).isEmpty();
        assertThat(reading.ambiguous()).isTrue();
    }

    @Test
    void the_same_name_under_several_kinds_is_one_name() {
        CatalogMatch company = fuzzy(company("Starbucks"));
        CatalogMatch brand = fuzzy(brand("Starbucks"));

        assertThat(read("starbuks", company, brand).confident()).extracting(ConfidentMatch::match)
                .containsExactly(company, brand);
    }

    @Test
    void nothing_found_reads_as_nothing() {
        Reading reading = read("zzyzx");

        assertThat(reading.confident()).isEmpty();
        assertThat(reading.lookAlikes()).isEmpty();
        assertThat(reading.ambiguous()).isFalse();
    }

    @Test
    void look_alikes_are_ranked_by_quality_then_score_and_counted() {
        List<CatalogMatch> many = List.of(fuzzy(brand("Ab1")), fuzzy(brand("Ab2")), word(brand("Xab")),
                fuzzy(brand("Ab3")), fuzzy(brand("Ab4")), fuzzy(brand("Ab5")), product("Abc Def"));

        Reading reading = MatchConfidence.read(NameKey.of("ab"), many, NO_OWNERS);

        assertThat(reading.lookAlikes()).hasSize(MatchConfidence.MAX_LOOK_ALIKES);
        assertThat(reading.lookAlikes()).extracting(CatalogMatch::name).startsWith("Abc Def", "Xab");
    }

    private static Reading read(String query, CatalogMatch... candidates) {
        return MatchConfidence.read(NameKey.of(query), List.of(candidates), NO_OWNERS);
    }

    private CatalogMatch company(String name) {
        return new CatalogMatch(new CompanyId(ids.incrementAndGet()), name, MatchQuality.PREFIX, 0.5);
    }

    private CatalogMatch brand(String name) {
        return new CatalogMatch(new BrandId(ids.incrementAndGet()), name, MatchQuality.PREFIX, 0.5);
    }

    private CatalogMatch product(String name) {
        return new CatalogMatch(new ProductId(ids.incrementAndGet()), name, MatchQuality.PREFIX, 0.5);
    }

    private static CatalogMatch fuzzy(CatalogMatch match) {
        return new CatalogMatch(match.target(), match.name(), MatchQuality.FUZZY, 0.4);
    }

    private static CatalogMatch word(CatalogMatch match) {
        return new CatalogMatch(match.target(), match.name(), MatchQuality.WORD, 0.3);
    }
}
