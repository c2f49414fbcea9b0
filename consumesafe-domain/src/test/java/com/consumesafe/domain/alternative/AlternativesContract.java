package com.consumesafe.domain.alternative;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.domain.catalog.BrandId;
import com.consumesafe.domain.catalog.CatalogFixture;
import com.consumesafe.domain.catalog.CompanyId;
import com.consumesafe.domain.catalog.ProductId;
import com.consumesafe.domain.country.CountryCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link Alternatives} must do; adapters' tests extend it. */
public abstract class AlternativesContract {

    /** The port under test. */
    protected abstract Alternatives alternatives();

    /** Puts in place the rows alternatives refer to. */
    protected abstract CatalogFixture catalog();

    @Test
    void finds_what_is_suggested_instead_of_the_given_targets_only() {
        CompanyId listed = catalog().company("Contract Replaced Company");
        BrandId listedBrand = catalog().brand("Contract Replaced Brand", listed);
        CompanyId local = catalog().company("Contract Local Company");
        BrandId localBrand = catalog().brand("Contract Local Brand", local);
        ProductId localProduct = catalog().product("Contract Local Product", localBrand);
        Alternative forCompany = alternatives().save(
                new Alternative(listed, localProduct, Optional.of(new CountryCode("TN")), "Made nearby"));
        Alternative forBrand = alternatives().save(new Alternative(listedBrand, localBrand, Optional.empty(), ""));

        assertThat(alternatives().suggestedFor(List.of(listed, listedBrand)))
                .containsExactlyInAnyOrder(forCompany, forBrand);
        assertThat(alternatives().suggestedFor(List.of(listedBrand))).containsExactly(forBrand);
        assertThat(alternatives().suggestedFor(List.of(local))).isEmpty();
        assertThat(alternatives().suggestedFor(List.of())).isEmpty();
    }

    @Test
    void saving_the_same_suggestion_again_replaces_its_origin_and_note() {
        CompanyId listed = catalog().company("Contract Again Company");
        BrandId brand = catalog().brand("Contract Again Brand", catalog().company("Contract Again Local"));
        alternatives().save(new Alternative(listed, brand, Optional.empty(), "first"));

        Alternative replaced = alternatives().save(
                new Alternative(listed, brand, Optional.of(new CountryCode("MA")), "second"));

        assertThat(alternatives().suggestedFor(List.of(listed))).containsExactly(replaced);
    }

    @Test
    void a_withdrawn_suggestion_is_no_longer_found() {
        CompanyId listed = catalog().company("Contract Withdrawn Company");
        BrandId kept = catalog().brand("Contract Kept Brand", catalog().company("Contract Kept Local"));
        BrandId dropped = catalog().brand("Contract Dropped Brand", catalog().company("Contract Dropped Local"));
        Alternative stays = alternatives().save(new Alternative(listed, kept, Optional.empty(), ""));
        alternatives().save(new Alternative(listed, dropped, Optional.empty(), ""));

        assertThat(alternatives().withdraw(listed, dropped)).isTrue();
        assertThat(alternatives().withdraw(listed, dropped)).isFalse();
        assertThat(alternatives().suggestedFor(List.of(listed))).containsExactly(stays);
    }
}
