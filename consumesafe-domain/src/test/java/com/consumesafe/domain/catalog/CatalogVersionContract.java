package com.consumesafe.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link CatalogVersion} must do; adapters' tests extend it. */
public abstract class CatalogVersionContract {

    /** The port under test. */
    protected abstract CatalogVersion version();

    /** Writes to the catalog the port versions. */
    protected abstract CatalogFixture catalog();

    @Test
    void stays_the_same_while_nothing_changes() {
        long before = version().current();

        assertThat(version().current()).isEqualTo(before);
    }

    @Test
    void grows_with_every_change_to_companies_brands_and_products() {
        long start = version().current();
        CompanyId company = catalog().company("Contract Version Company");
        long afterCompany = version().current();
        BrandId brand = catalog().brand("Contract Version Brand", company);
        long afterBrand = version().current();
        catalog().product("Contract Version Product", brand, Set.of(BarcodesContract.gtin("29555555555")));

        assertThat(afterCompany).isGreaterThan(start);
        assertThat(afterBrand).isGreaterThan(afterCompany);
        assertThat(version().current()).isGreaterThan(afterBrand);
    }
}
