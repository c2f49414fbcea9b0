package com.consumesafe.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.country.CountryCode;
import com.consumesafe.domain.name.NameKey;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogModelTest {

    private static final CompanyId OWNER = new CompanyId(1);
    private static final BrandId BRAND = new BrandId(2);

    @Test
    void a_company_keeps_its_name_as_written_and_is_found_under_its_key() {
        Company company = new Company(new CompanyId(7), "  Nestlé S.A. ", Optional.of(new CountryCode("ch")),
                Optional.of(OWNER));

        assertThat(company.name()).isEqualTo("Nestlé S.A.");
        assertThat(company.key()).isEqualTo(NameKey.of("nestle"));
        assertThat(company.country()).contains(new CountryCode("CH"));
        assertThat(company.parent()).contains(OWNER);
    }

    @Test
    void a_company_may_be_new_and_have_no_country_or_parent() {
        Company company = new Company(null, "Laiterie", null, null);

        assertThat(company.id()).isNull();
        assertThat(company.country()).isEmpty();
        assertThat(company.parent()).isEmpty();
    }

    @Test
    void a_company_cannot_own_itself() {
        assertThatThrownBy(() -> new Company(OWNER, "Loop", Optional.empty(), Optional.of(OWNER)))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "parent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "-- ", "()"})
    void every_catalog_name_needs_a_letter_or_a_digit(String name) {
        assertThatThrownBy(() -> new Company(null, name, Optional.empty(), Optional.empty()))
                .hasFieldOrPropertyWithValue("field", "name");
        assertThatThrownBy(() -> new Brand(null, name, OWNER)).hasFieldOrPropertyWithValue("field", "name");
        assertThatThrownBy(() -> new Product(null, name, BRAND, "", Set.of(), Optional.empty()))
                .hasFieldOrPropertyWithValue("field", "name");
    }

    @Test
    void every_catalog_name_is_bounded() {
        String tooLong = "n".repeat(Company.MAX_NAME_LENGTH + 1);

        assertThatThrownBy(() -> new Company(null, tooLong, null, null)).hasMessageContaining("at most 200");
        assertThatThrownBy(() -> new Brand(null, tooLong, OWNER)).hasMessageContaining("at most 200");
        assertThatThrownBy(() -> new Product(null, tooLong, BRAND, "", Set.of(), null))
                .hasMessageContaining("at most 200");
    }

    @Test
    void a_brand_needs_the_company_that_owns_it() {
        assertThat(new Brand(BRAND, "Ben & Jerry's", OWNER).key()).isEqualTo(NameKey.of("ben and jerrys"));
        assertThatThrownBy(() -> new Brand(null, "Orphan", null)).hasFieldOrPropertyWithValue("field", "company");
    }

    @Test
    void a_product_holds_each_barcode_once_whatever_form_it_was_read_in() {
        Product product = new Product(new ProductId(3), "Coca-Cola 33cl", BRAND, " Beverages ",
                Set.copyOf(List.of(Gtin.parse("036000291452"), Gtin.parse("00036000291452"), Gtin.parse("96385074"))),
                Optional.of(new CountryCode("TN")));

        assertThat(product.barcodes()).hasSize(2);
        assertThat(product.category()).isEqualTo("Beverages");
        assertThat(product.key().value()).isEqualTo("coca cola 33cl");
        assertThat(product.origin()).contains(new CountryCode("TN"));
    }

    @Test
    void a_product_needs_a_brand_and_bounds_its_category_and_barcodes() {
        assertThat(new Product(null, "Plain", BRAND, null, null, null))
                .satisfies(product -> {
                    assertThat(product.category()).isEmpty();
                    assertThat(product.barcodes()).isEmpty();
                    assertThat(product.origin()).isEmpty();
                });
        assertThatThrownBy(() -> new Product(null, "Orphan", null, "", Set.of(), null))
                .hasFieldOrPropertyWithValue("field", "brand");
        assertThatThrownBy(() -> new Product(null, "Long", BRAND, "c".repeat(101), Set.of(), null))
                .hasFieldOrPropertyWithValue("field", "category");
        Set<Gtin> many = new HashSet<>();
        IntStream.range(0, Product.MAX_BARCODES + 1).forEach(i -> many.add(upcA(String.format("%011d", 10_000 + i))));
        assertThatThrownBy(() -> new Product(null, "Many", BRAND, "", many, null))
                .hasFieldOrPropertyWithValue("field", "barcodes");
    }

    @ParameterizedTest
    @EnumSource(TargetKind.class)
    void a_reference_keeps_its_kind_and_is_never_equal_to_another_kind_with_the_same_number(TargetKind kind) {
        ListingTarget target = ListingTarget.of(kind, 42);

        assertThat(target.kind()).isEqualTo(kind);
        assertThat(target.value()).isEqualTo(42);
        assertThat(target.toString()).isEqualTo(kind.name().toLowerCase() + " 42");
        for (TargetKind other : TargetKind.values()) {
            assertThat(target.equals(ListingTarget.of(other, 42))).isEqualTo(other == kind);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"product", "Product", " PRODUCT "})
    void reads_a_kind_in_any_case(String text) {
        assertThat(TargetKind.parse(text)).isEqualTo(TargetKind.PRODUCT);
        assertThat(TargetKind.parse("brand")).isEqualTo(TargetKind.BRAND);
        assertThat(TargetKind.parse("Company")).isEqualTo(TargetKind.COMPANY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "list", "products", "1"})
    void refuses_an_unknown_kind(String text) {
        assertThatThrownBy(() -> TargetKind.parse(text)).hasFieldOrPropertyWithValue("field", "kind");
        assertThatThrownBy(() -> TargetKind.parse(null)).hasFieldOrPropertyWithValue("field", "kind");
    }

    @Test
    void ids_are_positive_and_kinds_are_named() {
        assertThatThrownBy(() -> new CompanyId(0)).hasFieldOrPropertyWithValue("field", "company");
        assertThatThrownBy(() -> new BrandId(-1)).hasFieldOrPropertyWithValue("field", "brand");
        assertThatThrownBy(() -> new ProductId(0)).hasFieldOrPropertyWithValue("field", "product");
        assertThatThrownBy(() -> ListingTarget.of(null, 1)).hasFieldOrPropertyWithValue("field", "kind");
    }

    @Test
    void a_step_of_a_chain_has_the_kind_of_its_target() {
        assertThat(new OwnershipStep(BRAND, "Brand").kind()).isEqualTo(TargetKind.BRAND);
        assertThat(new OwnershipStep(BRAND, null).name()).isEmpty();
        assertThatThrownBy(() -> new OwnershipStep(null, "x")).hasFieldOrPropertyWithValue("field", "target");
    }

    private static Gtin upcA(String elevenDigits) {
        int sum = 0;
        for (int i = 0; i < elevenDigits.length(); i++) {
            sum += (elevenDigits.charAt(i) - '0') * (i % 2 == 0 ? 3 : 1);
        }
        return Gtin.parse(elevenDigits + (10 - sum % 10) % 10);
    }
}
