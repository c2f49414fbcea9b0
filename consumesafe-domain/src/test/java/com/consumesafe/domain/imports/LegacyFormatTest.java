package com.consumesafe.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.consumesafe.domain.catalog.TargetKind;
import com.consumesafe.domain.country.CountryCode;
import com.consumesafe.domain.listing.Severity;
import com.consumesafe.domain.name.NameKey;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LegacyFormatTest {

    private static final String HEADER =
            "id,boycott_product,brand,category,reason,tunisian_alternative,alternative_brand,intensity\n";

    @Test
    void lists_the_brand_column_as_a_company_owning_a_brand_and_the_product() {
        ImportPlan plan = read("1,Cafénova,Nestoria Foods,Coffee,\"Occupied land, per reports\",-,N/A,High\n");

        assertThat(plan.rows()).isEqualTo(1);
        assertThat(plan.companies()).extracting(CompanyEntry::name).containsExactly("Nestoria Foods");
        assertThat(plan.brands()).extracting(BrandEntry::name).containsExactly("Nestoria Foods");
        assertThat(plan.products()).singleElement().satisfies(product -> {
            assertThat(product.name()).isEqualTo("Cafénova");
            assertThat(product.category()).isEqualTo("Coffee");
        });
        assertThat(plan.listings()).singleElement().satisfies(listing -> {
            assertThat(listing.target()).isEqualTo(TargetRef.company(NameKey.of("Nestoria Foods")));
            assertThat(listing.reason()).isEqualTo("Occupied land, per reports");
            assertThat(listing.severity()).isEqualTo(Severity.HIGH);
        });
        assertThat(plan.alternatives()).isEmpty();
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void merges_near_duplicates_and_accents_into_the_first_spelling_and_reports_it() {
        ImportPlan plan = read("""
                1,Cafénova,Sodastream,Drinks,Why,-,-,High
                2,Cafenova,Soda Stream,Drinks,Why,-,-,high
                3,Soda Maker,SodaStream,-,Other reason,-,-,Low
                """);

        assertThat(plan.companies()).extracting(CompanyEntry::name).containsExactly("Sodastream");
        assertThat(plan.products()).extracting(ProductEntry::name).containsExactly("Cafénova", "Soda Maker");
        assertThat(plan.merges()).contains(new Merge("company", "Soda Stream", "Sodastream", 2),
                new Merge("product", "Cafenova", "Cafénova", 2), new Merge("company", "SodaStream", "Sodastream", 3));
        assertThat(plan.listings()).hasSize(1);
        assertThat(plan.warnings()).extracting(ImportWarning::row).containsExactly(3);
    }

    @Test
    void reads_a_decoration_naming_an_owner_as_the_parent_company() {
        ImportPlan plan = read("1,Cone,Ben & Jerry's (Globulever),Ice cream,Owner listed,-,-,Medium\n");

        assertThat(plan.companies()).extracting(CompanyEntry::name).containsExactly("Globulever", "Ben & Jerry's");
        assertThat(plan.companies().get(1).parent()).contains(NameKey.of("Globulever"));
        assertThat(plan.brands()).extracting(BrandEntry::name).containsExactly("Ben & Jerry's");
    }

    @Test
    void lists_the_company_when_no_product_is_named_and_gives_a_reason_when_none_is() {
        ImportPlan plan = read("1,N/A,Globulever,-,,Olivia Soap,Olivia,Low\n");

        assertThat(plan.products()).extracting(ProductEntry::name).containsExactly("Olivia Soap");
        assertThat(plan.listings()).singleElement().satisfies(listing ->
                assertThat(listing.reason()).isEqualTo(LegacyFormat.NO_REASON));
        assertThat(plan.alternatives()).singleElement().satisfies(alternative -> {
            assertThat(alternative.insteadOf().kind()).isEqualTo(TargetKind.COMPANY);
            assertThat(alternative.suggested().kind()).isEqualTo(TargetKind.PRODUCT);
            assertThat(alternative.origin()).isEmpty();
        });
        assertThat(plan.warnings()).extracting(ImportWarning::message)
                .anyMatch(message -> message.contains("no reason given"))
                .anyMatch(message -> message.contains("origin of alternative 'Olivia Soap' not asserted"));
    }

    @Test
    void asserts_an_origin_only_when_the_row_says_so() {
        ImportPlan plan = read("1,Cafénova,Nestoria,Coffee,Why,Kahwa Blend,Kahwa Roasters (TN),High\n"
                + "2,Other,Nestoria,Coffee,Why,-,Sidi Creamery (Globulever),High\n");

        assertThat(plan.alternatives()).hasSize(2);
        assertThat(plan.alternatives().get(0).origin()).contains(new CountryCode("TN"));
        assertThat(plan.alternatives().get(1).origin()).isEqualTo(Optional.empty());
        assertThat(plan.alternatives().get(1).suggested().kind()).isEqualTo(TargetKind.BRAND);
        assertThat(plan.companies()).extracting(CompanyEntry::name).contains("Kahwa Roasters", "Sidi Creamery");
        assertThat(plan.companies()).filteredOn(company -> company.name().equals("Sidi Creamery"))
                .singleElement().satisfies(company -> assertThat(company.parent()).isPresent());
        assertThat(plan.warnings()).extracting(ImportWarning::row).containsExactly(2);
    }

    @Test
    void reads_a_place_or_a_quality_in_alternative_brand_as_no_maker() {
        ImportPlan plan = read("""
                1,Air Max,Nike,Shoes,Why,Bata Shoes,Local,Low
                2,Printer,HP,Electronics,Why,Epson Printer,Global,Low
                3,Evian Water,Danone,Water,Why,Safia,Tunisia,Medium
                4,Coca-Cola,Coca-Cola Company,Soda,Why,Boga Cola,Marque tunisienne,High
                5,Chrome,Google,Software,Why,Firefox,FOSS,Medium
                6,Dish soap,Fairy,Household,Why,Green soap,Eco Brand,Low
                7,Lays Chips,PepsiCo,Snacks,Why,Chips Sidi,منتج تونسي,Medium
                """);

        assertThat(plan.companies()).extracting(CompanyEntry::name).doesNotContain("Local", "Global", "Tunisia",
                "Marque tunisienne", "FOSS", "Eco Brand", "منتج تونسي");
        assertThat(plan.brands()).extracting(BrandEntry::name).contains("Bata Shoes", "Epson Printer", "Safia",
                "Boga Cola", "Firefox", "Green soap", "Chips Sidi");
        assertThat(plan.alternatives()).extracting(alternative -> alternative.origin().map(CountryCode::value)
                .orElse("-")).containsExactly("-", "-", "TN", "TN", "-", "-", "TN");
        assertThat(plan.warnings()).extracting(ImportWarning::row, ImportWarning::message).contains(
                tuple(1, "alternative_brand 'Local' names no maker but a quality: it asserts nothing; 'Bata Shoes' is"
                        + " filed under a brand of its own name"),
                tuple(3, "alternative_brand 'Tunisia' names a place, not a maker: origin TN asserted; 'Safia' is filed"
                        + " under a brand of its own name"));
        assertThat(plan.warnings()).extracting(ImportWarning::message).noneMatch(message -> message.contains("origin"
                + " of alternative"));
    }

    @Test
    void stores_no_alternative_that_names_no_product() {
        ImportPlan plan = read("""
                1,Air Max,Nike,Shoes,Why,Local products,-,Low
                2,Printer,HP,Electronics,Why,-,Global,Low
                """);

        assertThat(plan.alternatives()).isEmpty();
        assertThat(plan.warnings()).extracting(ImportWarning::message).containsExactly(
                "tunisian_alternative 'Local products' names no product but a place or a quality: no alternative"
                        + " stored",
                "alternative_brand 'Global' names no maker but a place or a quality, and the row names no product:"
                        + " no alternative stored");
    }

    @Test
    void refuses_every_bad_row_with_its_column() {
        assertThatThrownBy(() -> read("""
                1,Cafénova,Nestoria,Coffee,Why,-,-,Extreme
                2,Cafénova,,Coffee,Why,-,-,High
                3,too,few
                4,Fine,Fine,Fine,Fine,-,-,Low
                """)).isInstanceOfSatisfying(ImportRejectedException.class, e ->
                assertThat(e.errors()).extracting(RowError::row, RowError::column).containsExactly(
                        tuple(1, "intensity"),
                        tuple(2, "brand"),
                        tuple(3, "row")));
    }

    @Test
    void names_each_missing_column_of_the_header_read_case_insensitively() {
        assertThatThrownBy(() -> LegacyFormat.read(CsvReader.read(" ID ,Boycott_Product,BRAND,category,reason\n")))
                .isInstanceOfSatisfying(ImportRejectedException.class, e ->
                        assertThat(e.errors()).extracting(RowError::column).containsExactly(
                                "tunisian_alternative", "alternative_brand", "intensity"));
        assertThatThrownBy(() -> LegacyFormat.read(List.of())).isInstanceOf(ImportRejectedException.class);
    }

    @Test
    void skips_blank_lines() {
        assertThat(read("\n1,P,B,C,R,-,-,Low\n\n").rows()).isEqualTo(1);
    }

    private static ImportPlan read(String rows) {
        return LegacyFormat.read(CsvReader.read(HEADER + rows));
    }
}
