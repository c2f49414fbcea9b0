package com.consumesafe.domain.overview;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.domain.catalog.BarcodesContract;
import com.consumesafe.domain.catalog.BrandId;
import com.consumesafe.domain.catalog.CatalogFixture;
import com.consumesafe.domain.catalog.CompanyId;
import com.consumesafe.domain.catalog.ProductId;
import com.consumesafe.domain.list.Slug;
import com.consumesafe.domain.listing.Listing;
import com.consumesafe.domain.listing.ListingStatus;
import com.consumesafe.domain.listing.Listings;
import com.consumesafe.domain.listing.Severity;
import com.consumesafe.domain.report.Report;
import com.consumesafe.domain.report.ReportKind;
import com.consumesafe.domain.report.Reports;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link CatalogOverview} must do; adapters' tests extend it. */
public abstract class CatalogOverviewContract {

    private static final Slug LIST = new Slug("overview-contract");

    protected abstract CatalogOverview overview();

    protected abstract CatalogFixture catalog();

    protected abstract Listings listings();

    /** Where the contract puts the reports that the pending count must see. */
    protected abstract Reports reports();

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
        Slug counted = new Slug("overview-counted");
        BrandId brand = catalog().brand("Overview Counting", catalog().company("Overview Counter"));
        CatalogStats before = overview().stats();
        catalog().list(counted);
        CompanyId company = catalog().company("Overview Counted Company");
        catalog().brand("Overview Counted Brand", company);
        ProductId product = catalog().product("Overview Counted", brand,
                Set.of(BarcodesContract.gtin("29123456711"), BarcodesContract.gtin("29123456728")));
        listings().save(new Listing(null, counted, product, "Counted", Severity.HIGH, List.of(), Optional.empty(),
                ListingStatus.ACTIVE));
        listings().save(new Listing(null, counted, company, "Not counted", Severity.LOW, List.of(),
                Optional.empty(), ListingStatus.RETIRED));
        Instant now = Instant.parse("2026-01-02T03:04:05Z");
        reports().save(Report.submit(ReportKind.CORRECTION, "Counted", Optional.empty(), Optional.empty(), now));
        reports().save(Report.submit(ReportKind.CORRECTION, "Decided", Optional.empty(), Optional.empty(), now)
                .reject(now, "Not counted"));

        CatalogStats after = overview().stats();

        // each count moves by exactly what was added; a retired listing and a decided report do not count
        assertThat(after).isEqualTo(new CatalogStats(before.lists() + 1, before.companies() + 1,
                before.brands() + 1, before.products() + 1, before.barcodes() + 2, before.activeListings() + 1,
                before.pendingReports() + 1));
        assertThat(overview().categories()).extracting(CategoryCount::products).allMatch(count -> count > 0);
    }
}
