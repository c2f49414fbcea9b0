package com.consumesafe.api.catalog;

import java.util.List;

/** The bodies curators send to create or change catalog entries. */
final class CatalogChanges {

    private CatalogChanges() {
    }

    /**
     * A company.
     *
     * @param name     its name as written
     * @param country  ISO 3166-1 alpha-2 code, if known
     * @param parentId the company that owns it, if any
     */
    record CompanyChange(String name, String country, Long parentId) {
    }

    /**
     * A brand.
     *
     * @param name      its name as written
     * @param companyId the company that owns it
     */
    record BrandChange(String name, Long companyId) {
    }

    /**
     * A product.
     *
     * @param name     its name as written
     * @param brandId  the brand it is sold under
     * @param category its category, if any
     * @param barcodes its barcodes in any GTIN form
     * @param origin   where it is made (ISO 3166-1 alpha-2), if known
     */
    record ProductChange(String name, Long brandId, String category, List<String> barcodes, String origin) {
    }
}
