package com.consumesafe.domain.catalog;

import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.list.Slug;
import java.util.Optional;
import java.util.Set;

/** How a port contract puts the catalog rows it needs in place; each adapter's test implements it once. */
public interface CatalogFixture {

    CompanyId company(String name, Optional<CompanyId> parent);

    default CompanyId company(String name) {
        return company(name, Optional.empty());
    }

    default CompanyId company(String name, CompanyId parent) {
        return company(name, Optional.of(parent));
    }

    BrandId brand(String name, CompanyId company);

    ProductId product(String name, BrandId brand, Set<Gtin> barcodes);

    default ProductId product(String name, BrandId brand) {
        return product(name, brand, Set.of());
    }

    /** Makes sure a curated list with this slug exists, so that listings can belong to it. */
    void list(Slug slug);
}
