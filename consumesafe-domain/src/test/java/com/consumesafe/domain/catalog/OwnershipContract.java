package com.consumesafe.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link Ownership} must do; adapters' tests extend it. */
public abstract class OwnershipContract {

    /** The port under test. */
    protected abstract Ownership ownership();

    /** Puts in place the rows the port reads. */
    protected abstract CatalogFixture catalog();

    @Test
    void walks_from_a_product_through_its_brand_to_every_owning_company_in_order() {
        CompanyId top = catalog().company("Contract Top");
        CompanyId middle = catalog().company("Contract Middle", top);
        CompanyId maker = catalog().company("Contract Maker", middle);
        BrandId brand = catalog().brand("Contract Brand", maker);
        ProductId product = catalog().product("Contract Product", brand);

        assertThat(ownership().chainOf(product)).containsExactly(
                new OwnershipStep(product, "Contract Product"),
                new OwnershipStep(brand, "Contract Brand"),
                new OwnershipStep(maker, "Contract Maker"),
                new OwnershipStep(middle, "Contract Middle"),
                new OwnershipStep(top, "Contract Top"));
    }

    @Test
    void starts_a_brand_at_the_brand_and_a_company_at_the_company() {
        CompanyId top = catalog().company("Contract Owner");
        CompanyId maker = catalog().company("Contract Subsidiary", top);
        BrandId brand = catalog().brand("Contract Label", maker);

        assertThat(ownership().chainOf(brand)).extracting(OwnershipStep::target).containsExactly(brand, maker, top);
        assertThat(ownership().chainOf(maker)).extracting(OwnershipStep::target).containsExactly(maker, top);
        assertThat(ownership().chainOf(top)).containsExactly(new OwnershipStep(top, "Contract Owner"));
    }

    @Test
    void keeps_names_as_they_were_written() {
        CompanyId company = catalog().company("Nestlé S.A.");
        BrandId brand = catalog().brand("Ben & Jerry's", company);

        assertThat(ownership().chainOf(brand)).extracting(OwnershipStep::name)
                .containsExactly("Ben & Jerry's", "Nestlé S.A.");
    }

    @Test
    void knows_nothing_of_what_the_catalog_does_not_hold() {
        assertThat(ownership().chainOf(new ProductId(Long.MAX_VALUE - 1))).isEmpty();
        assertThat(ownership().chainOf(new BrandId(Long.MAX_VALUE - 1))).isEmpty();
        assertThat(ownership().chainOf(new CompanyId(Long.MAX_VALUE - 1))).isEmpty();
    }

    @Test
    void answers_several_targets_at_once_and_leaves_out_unknown_ones() {
        CompanyId company = catalog().company("Contract Batch");
        BrandId brand = catalog().brand("Contract Batch Brand", company);
        ProductId product = catalog().product("Contract Batch Product", brand);
        ProductId unknown = new ProductId(Long.MAX_VALUE - 2);

        var chains = ownership().chainsOf(List.of(product, brand, unknown));

        assertThat(chains).containsOnlyKeys(product, brand);
        assertThat(chains.get(product)).extracting(OwnershipStep::target).containsExactly(product, brand, company);
        assertThat(chains.get(brand)).extracting(OwnershipStep::target).containsExactly(brand, company);
    }

    @Test
    void answers_many_targets_at_once_in_the_order_asked() {
        CompanyId owner = catalog().company("Contract Many Owner");
        CompanyId company = catalog().company("Contract Many", owner);
        List<ListingTarget> asked = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            BrandId brand = catalog().brand("Contract Many Brand " + i, company);
            asked.add(catalog().product("Contract Many Product " + i, brand));
            asked.add(brand);
        }
        asked.add(new BrandId(Long.MAX_VALUE - 3));
        asked.add(company);

        var chains = ownership().chainsOf(asked);

        assertThat(chains.keySet()).containsExactlyElementsOf(asked.stream()
                .filter(target -> !target.equals(new BrandId(Long.MAX_VALUE - 3))).toList());
        assertThat(chains.get(asked.getFirst())).extracting(OwnershipStep::target)
                .containsExactly(asked.get(0), asked.get(1), company, owner);
        assertThat(chains.get(company)).extracting(OwnershipStep::target).containsExactly(company, owner);
    }

    @Test
    void reads_no_more_than_the_longest_chain_of_an_ownership_deeper_than_that() {
        CompanyId owner = catalog().company("Contract Deep Top");
        List<CompanyId> companies = new ArrayList<>();
        for (int level = 0; level < Ownership.MAX_CHAIN + 3; level++) {
            owner = catalog().company("Contract Deep " + level, owner);
            companies.addFirst(owner);
        }
        BrandId brand = catalog().brand("Contract Deep Brand", owner);
        ProductId product = catalog().product("Contract Deep Product", brand);
        List<ListingTarget> nearest = List.of(product, brand, companies.get(0), companies.get(1), companies.get(2));

        List<OwnershipStep> chain = ownership().chainOf(product);
        var chains = ownership().chainsOf(nearest);

        assertThat(chain).hasSize(Ownership.MAX_CHAIN);
        assertThat(chain).extracting(OwnershipStep::target)
                .containsSequence(product, brand, companies.get(0), companies.get(1))
                .endsWith(companies.get(Ownership.MAX_CHAIN - 3));
        // several at once (the adapters' bulk read) are held to the same limit
        assertThat(chains.get(product)).isEqualTo(chain);
        assertThat(chains.get(brand)).hasSize(Ownership.MAX_CHAIN).extracting(OwnershipStep::target)
                .startsWith(brand, companies.get(0)).endsWith(companies.get(Ownership.MAX_CHAIN - 2));
        assertThat(chains.get(companies.get(2))).hasSize(Ownership.MAX_CHAIN).extracting(OwnershipStep::target)
                .startsWith(companies.get(2)).endsWith(companies.get(Ownership.MAX_CHAIN + 1));
    }
}
