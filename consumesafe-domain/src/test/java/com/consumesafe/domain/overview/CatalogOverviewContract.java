package com.consumesafe.domain.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.domain.catalog.BrandId;
import com.consumesafe.domain.catalog.CatalogFixture;
import com.consumesafe.domain.catalog.CompanyId;
import com.consumesafe.domain.catalog.ProductId;
import com.consumesafe.domain.list.Slug;
import com.consumesafe.domain.listing.Listing;
import com.consumesafe.domain.listing.ListingStatus;
import com.consumesafe.domain.listing.Listings;
import com.consumesafe.domain.listing.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link CatalogOverview} must do; adapters' tests extend it. */
public abstract class CatalogOverviewContract {

    private static final Slug LIST = new Slug("overview-contract");

    protected abstract CatalogOverview overview();

    protected abstract CatalogFixture catalog();

    protected abstract Listings listings();

    @Test
    void pages_products_by_name_and_filters_by_category_and_by_listings_anywhere_up_the_chain() {
        CompanyId parent = catalog().company("Overview Parent");
        CompanyId child = catalog().company("Overview Child", parent);
        BrandId listedBrand = catalog().brand("Overview Listed Brand", child);
        BrandId cleanBrand = catalog().brand("Overview Clean Brand", catalog().company("Overview Clean Co"));
        ProductId alpha = catalog().product("Overview Alpha", listedBrand);
        ProductId beta = catalog().product("Overview Beta", cleanBrand);
        catalog().list(LIST);
        listings().save(new Listing(null, LIST, parent, "Because", Severity.LOW, List.of(), Optional.empty(),
                ListingStatus.ACTIVE));

        ProductPage listed = overview().products(new ProductFilter(Optional.empty(), Optional.empty(),
                Optional.of(LIST)), 0, 10);
        ProductPage low = overview().products(new ProductFilter(Optional.empty(), Optional.of(Severity.LOW),
                Optional.empty()), 0, 100);
        ProductPage high = overview().products(new ProductFilter(Optional.empty(), Optional.of(Severity.HIGH),
                Optional.of(LIST)), 0, 10);

        assertThat(listed.items()).extracting(ProductSummary::id).containsExactly(alpha);
        assertThat(listed.items().getFirst().brand()).isEqualTo("Overview Listed Brand");
        assertThat(low.items()).extracting(ProductSummary::id).contains(alpha).doesNotContain(beta);
        assertThat(high.total()).isZero();
    }

    @Test
    void counts_categories_and_everything_curated() {
        BrandId brand = catalog().brand("Overview Counting", catalog().company("Overview Counter"));
        CatalogStats before = overview().stats();
        catalog().product("Overview Counted", brand);

        assertThat(overview().stats().products()).isEqualTo(before.products() + 1);
        assertThat(overview().stats().companies()).isPositive();
        assertThat(overview().categories()).extracting(CategoryCount::products).allMatch(count -> count > 0);
    }
}
