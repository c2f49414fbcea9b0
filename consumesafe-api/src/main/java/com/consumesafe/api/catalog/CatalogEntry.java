package com.consumesafe.api.catalog;

import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.catalog.Brand;
import com.consumesafe.domain.catalog.Company;
import com.consumesafe.domain.catalog.OwnershipStep;
import com.consumesafe.domain.catalog.Product;
import com.consumesafe.domain.country.CountryCode;
import java.util.List;

/**
 * A company, brand or product as the API shows it, with the chain of its owners.
 *
 * @param kind      PRODUCT, BRAND or COMPANY
 * @param id        its id
 * @param name      its name as written
 * @param country   where the company is based or the product is made, if known
 * @param category  a product's category
 * @param barcodes  a product's barcodes, as GTIN-14
 * @param ownership itself, then its brand and every owning company, nearest first
 */
record CatalogEntry(String kind, long id, String name, String country, String category, List<String> barcodes,
                    List<Owner> ownership) {

    static CatalogEntry of(Company company, List<OwnershipStep> chain) {
        return new CatalogEntry("COMPANY", company.id().value(), company.name(),
                company.country().map(CountryCode::value).orElse(null), null, null, owners(chain));
    }

    static CatalogEntry of(Brand brand, List<OwnershipStep> chain) {
        return new CatalogEntry("BRAND", brand.id().value(), brand.name(), null, null, null, owners(chain));
    }

    static CatalogEntry of(Product product, List<OwnershipStep> chain) {
        return new CatalogEntry("PRODUCT", product.id().value(), product.name(),
                product.origin().map(CountryCode::value).orElse(null), product.category(),
                product.barcodes().stream().map(Gtin::value).sorted().toList(), owners(chain));
    }

    private static List<Owner> owners(List<OwnershipStep> chain) {
        return chain.stream().map(step -> new Owner(step.kind().name(), step.target().value(), step.name())).toList();
    }

    /**
     * One link of an ownership chain.
     *
     * @param kind PRODUCT, BRAND or COMPANY
     * @param id   its id
     * @param name its name
     */
    record Owner(String kind, long id, String name) {
    }
}
