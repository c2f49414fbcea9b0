package com.consumesafe.domain.overview;

import java.util.List;

/** Port: the catalog as a whole, counted and paged by the storage itself. */
public interface CatalogOverview {

    ProductPage products(ProductFilter filter, int page, int size);

    /** Every category with its number of products, largest first. */
    List<CategoryCount> categories();

    CatalogStats stats();
}
