package com.consumesafe.domain.listing;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.domain.catalog.BrandId;
import com.consumesafe.domain.catalog.CatalogFixture;
import com.consumesafe.domain.catalog.CompanyId;
import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.catalog.ProductId;
import com.consumesafe.domain.list.Slug;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link Listings} must do; adapters' tests extend it. */
public abstract class ListingsContract {

    private static final Slug FIRST = new Slug("contract-listings-first");
    private static final Slug SECOND = new Slug("contract-listings-second");

    /** The port under test. */
    protected abstract Listings listings();

    /** Puts in place the rows listings refer to. */
    protected abstract CatalogFixture catalog();

    @Test
    void gives_a_new_listing_an_id_and_keeps_every_field() {
        CompanyId company = catalog().company("Contract Listed Company");
        Listing saved = listings().save(new Listing(null, list(FIRST), company, "Documented reason", Severity.MEDIUM,
                List.of(URI.create("https://example.org/report"), URI.create("http://example.com/a?b=c")),
                Optional.of(LocalDate.of(2024, 5, 1)), ListingStatus.ACTIVE));

        assertThat(saved.id()).isNotNull();
        assertThat(listings().activeOn(List.of(company), ListSelection.all())).containsExactly(saved);
    }

    @Test
    void finds_active_listings_on_the_given_targets_only_whatever_their_kind() {
        CompanyId company = catalog().company("Contract Kinds Company");
        BrandId brand = catalog().brand("Contract Kinds Brand", company);
        ProductId product = catalog().product("Contract Kinds Product", brand);
        CompanyId other = catalog().company("Contract Kinds Other");
        Listing onCompany = save(FIRST, company);
        Listing onBrand = save(FIRST, brand);
        Listing onProduct = save(SECOND, product);
        save(FIRST, other);

        assertThat(listings().activeOn(List.of(product, brand, company), ListSelection.all()))
                .containsExactlyInAnyOrder(onCompany, onBrand, onProduct);
        assertThat(listings().activeOn(List.of(brand), ListSelection.all())).containsExactly(onBrand);
        assertThat(listings().activeOn(List.of(), ListSelection.all())).isEmpty();
    }

    @Test
    void does_not_mix_up_a_brand_and_a_company_that_share_a_number() {
        CompanyId company = catalog().company("Contract Number Company");
        BrandId brand = catalog().brand("Contract Number Brand", company);
        save(FIRST, company);

        assertThat(listings().activeOn(List.of(new BrandId(company.value())), ListSelection.all()))
                .allMatch(listing -> listing.target().equals(new BrandId(company.value())));
        assertThat(listings().activeOn(List.of(brand), ListSelection.all())).isEmpty();
    }

    @Test
    void never_returns_a_retired_listing() {
        CompanyId company = catalog().company("Contract Retired Company");
        Listing saved = save(FIRST, company);

        Listing retired = listings().save(saved.retire());

        assertThat(retired.id()).isEqualTo(saved.id());
        assertThat(listings().find(saved.id())).contains(retired);
        assertThat(listings().find(new ListingId(Long.MAX_VALUE - 1))).isEmpty();
        assertThat(listings().activeOn(List.of(company), ListSelection.all())).isEmpty();
    }

    @Test
    void looks_only_in_the_selected_lists_and_in_every_list_when_none_is_selected() {
        CompanyId company = catalog().company("Contract Selected Company");
        Listing inFirst = save(FIRST, company);
        Listing inSecond = save(SECOND, company);

        assertThat(listings().activeOn(List.of(company), ListSelection.of(FIRST))).containsExactly(inFirst);
        assertThat(listings().activeOn(List.of(company), ListSelection.of(FIRST, SECOND)))
                .containsExactlyInAnyOrder(inFirst, inSecond);
        assertThat(listings().activeOn(List.of(company), ListSelection.all()))
                .containsExactlyInAnyOrder(inFirst, inSecond);
        assertThat(listings().activeOn(List.of(company), ListSelection.of(new Slug("contract-listings-none"))))
                .isEmpty();
    }

    private Listing save(Slug list, ListingTarget target) {
        return listings().save(new Listing(null, list(list), target, "Because", Severity.HIGH, List.of(),
                Optional.empty(), ListingStatus.ACTIVE));
    }

    private Slug list(Slug slug) {
        catalog().list(slug);
        return slug;
    }
}
