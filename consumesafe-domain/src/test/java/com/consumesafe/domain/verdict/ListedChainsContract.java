package com.consumesafe.domain.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.catalog.BarcodesContract;
import com.consumesafe.domain.catalog.BrandId;
import com.consumesafe.domain.catalog.CatalogFixture;
import com.consumesafe.domain.catalog.CompanyId;
import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.catalog.Ownership;
import com.consumesafe.domain.catalog.OwnershipStep;
import com.consumesafe.domain.catalog.ProductId;
import com.consumesafe.domain.list.Slug;
import com.consumesafe.domain.listing.ListSelection;
import com.consumesafe.domain.listing.Listing;
import com.consumesafe.domain.listing.ListingStatus;
import com.consumesafe.domain.listing.Listings;
import com.consumesafe.domain.listing.Severity;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link ListedChains} must do; adapters' tests extend it. */
public abstract class ListedChainsContract {

    private static final Slug WATCHED = new Slug("contract-chains-watched");
    private static final Slug OTHER = new Slug("contract-chains-other");

    /** The port under test. */
    protected abstract ListedChains chains();

    /** Where the contract puts the listings that the port must find. */
    protected abstract Listings listings();

    /** Puts in place the rows the port reads. */
    protected abstract CatalogFixture catalog();

    @Test
    void reads_the_chain_and_the_active_listings_on_any_step_in_the_selected_lists() {
        CompanyId top = catalog().company("Contract Chains Top");
        CompanyId maker = catalog().company("Contract Chains Maker", top);
        BrandId brand = catalog().brand("Contract Chains Brand", maker);
        ProductId product = catalog().product("Contract Chains Product", brand);
        ProductId elsewhere = catalog().product("Contract Chains Elsewhere", brand);
        catalog().list(WATCHED);
        catalog().list(OTHER);
        Listing onTop = list(WATCHED, top, ListingStatus.ACTIVE);
        Listing onBrand = list(OTHER, brand, ListingStatus.ACTIVE);
        list(WATCHED, maker, ListingStatus.RETIRED);
        list(WATCHED, elsewhere, ListingStatus.ACTIVE);

        ListedChain all = chains().of(product, ListSelection.all());
        ListedChain watched = chains().of(product, ListSelection.of(WATCHED));

        assertThat(all.steps()).extracting(OwnershipStep::target).containsExactly(product, brand, maker, top);
        assertThat(all.steps().getFirst().name()).isEqualTo("Contract Chains Product");
        assertThat(all.listings()).containsExactlyInAnyOrder(onTop, onBrand);
        assertThat(watched.steps()).isEqualTo(all.steps());
        assertThat(watched.listings()).containsExactly(onTop);
        assertThat(chains().of(maker, ListSelection.all()).listings()).containsExactly(onTop);
    }

    @Test
    void reads_from_the_product_a_barcode_is_printed_on_whatever_form_was_scanned() {
        CompanyId company = catalog().company("Contract Chains Scan Company");
        BrandId brand = catalog().brand("Contract Chains Scan Brand", company);
        Gtin upc = BarcodesContract.gtin("29123456702");
        ProductId product = catalog().product("Contract Chains Scan Product", brand, Set.of(upc));
        catalog().list(WATCHED);
        Listing onCompany = list(WATCHED, company, ListingStatus.ACTIVE);

        ListedChain read = chains().ofProductWith(Gtin.parse("0" + upc.value().substring(2)), ListSelection.all());

        assertThat(read.steps()).extracting(OwnershipStep::target).containsExactly(product, brand, company);
        assertThat(read.listings()).containsExactly(onCompany);
    }

    @Test
    void reads_no_more_than_the_longest_chain_nor_the_listings_beyond_it() {
        CompanyId top = catalog().company("Contract Chains Deep Top");
        CompanyId owner = top;
        List<CompanyId> companies = new ArrayList<>();
        for (int level = 0; level < Ownership.MAX_CHAIN; level++) {
            owner = catalog().company("Contract Chains Deep " + level, owner);
            companies.addFirst(owner);
        }
        BrandId brand = catalog().brand("Contract Chains Deep Brand", owner);
        ProductId product = catalog().product("Contract Chains Deep Product", brand);
        catalog().list(WATCHED);
        Listing within = list(WATCHED, companies.get(Ownership.MAX_CHAIN - 3), ListingStatus.ACTIVE);
        list(WATCHED, top, ListingStatus.ACTIVE);

        ListedChain read = chains().of(product, ListSelection.all());

        assertThat(read.steps()).hasSize(Ownership.MAX_CHAIN).extracting(OwnershipStep::target)
                .startsWith(product, brand).endsWith(companies.get(Ownership.MAX_CHAIN - 3));
        assertThat(read.listings()).containsExactly(within);
    }

    @Test
    void reads_nothing_for_what_the_catalog_does_not_hold() {
        assertThat(chains().of(new ProductId(Long.MAX_VALUE - 4), ListSelection.all()))
                .isEqualTo(new ListedChain(List.of(), List.of()));
        assertThat(chains().ofProductWith(BarcodesContract.gtin("29999999997"), ListSelection.all()))
                .isEqualTo(new ListedChain(List.of(), List.of()));
    }

    private Listing list(Slug list, ListingTarget target, ListingStatus status) {
        return listings().save(new Listing(null, list, target, "Contract reason", Severity.MEDIUM,
                List.of(URI.create("https://example.org/contract")), Optional.empty(), status));
    }
}
