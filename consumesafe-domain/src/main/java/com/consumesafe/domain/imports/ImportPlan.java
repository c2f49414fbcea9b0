package com.consumesafe.domain.imports;

import java.util.List;

/**
 * Everything a valid file asks to store, in an order a writer can follow (owners before what they own), with
 * what the reading decided on its own.
 *
 * @param rows         data records read
 * @param companies    companies, each after its parent
 * @param brands       brands
 * @param products     products
 * @param listings     listings
 * @param alternatives alternatives
 * @param merges       spellings merged into earlier ones
 * @param warnings     what else was decided
 */
public record ImportPlan(int rows, List<CompanyEntry> companies, List<BrandEntry> brands,
                         List<ProductEntry> products, List<ListingEntry> listings,
                         List<AlternativeEntry> alternatives, List<Merge> merges, List<ImportWarning> warnings) {

    public ImportPlan {
        companies = List.copyOf(companies);
        brands = List.copyOf(brands);
        products = List.copyOf(products);
        listings = List.copyOf(listings);
        alternatives = List.copyOf(alternatives);
        merges = List.copyOf(merges);
        warnings = List.copyOf(warnings);
    }
}
