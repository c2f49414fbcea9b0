package com.consumesafe.api.catalog;

import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.country.CountryCode;
import com.consumesafe.api.list.KnownLists;
import com.consumesafe.domain.list.Slug;
import com.consumesafe.domain.listing.Severity;
import com.consumesafe.domain.overview.CatalogOverview;
import com.consumesafe.domain.overview.CatalogStats;
import com.consumesafe.domain.overview.CategoryCount;
import com.consumesafe.domain.overview.ProductFilter;
import com.consumesafe.domain.overview.ProductPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalog as a whole: paged products with filters, categories, and counts, all from the database. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Catalog")
class CatalogBrowsing {

    private static final int MAX_CATEGORY_LENGTH = 100;

    private final CatalogOverview overview;
    private final KnownLists lists;

    CatalogBrowsing(CatalogOverview overview, KnownLists lists) {
        this.overview = overview;
        this.lists = lists;
    }

    @GetMapping("/products")
    @Operation(summary = "Products by name, page by page; severity= and list= keep those listed that way")
    ProductPageResponse products(@RequestParam(required = false) String category,
                                 @RequestParam(required = false) String severity,
                                 @RequestParam(required = false) String list,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "20") int size) {
        ProductPage.requireValid(page, size);
        if (category != null && category.length() > MAX_CATEGORY_LENGTH) {
            throw new InvalidValueException("category", "must be at most " + MAX_CATEGORY_LENGTH + " characters");
        }
        ProductFilter filter = new ProductFilter(Optional.ofNullable(category), severity(severity), list(list));
        return ProductPageResponse.of(overview.products(filter, page, size));
    }

    @GetMapping("/categories")
    @Operation(summary = "Every category with its number of products")
    List<CategoryCount> categories() {
        return overview.categories();
    }

    @GetMapping("/stats")
    @Operation(summary = "How much is curated")
    CatalogStats stats() {
        return overview.stats();
    }

    private static Optional<Severity> severity(String severity) {
        if (severity == null || severity.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Severity.parse(severity));
        } catch (InvalidValueException e) {
            throw new InvalidValueException("severity", e.getMessage());
        }
    }

    private Optional<Slug> list(String list) {
        if (list == null || list.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(lists.slug("list", list));
    }

    /**
     * A page of products as the API shows it.
     *
     * @param items the products
     * @param page  this page's number, from 0
     * @param size  the page size
     * @param total how many products match
     */
    record ProductPageResponse(List<Item> items, int page, int size, long total) {

        static ProductPageResponse of(ProductPage page) {
            return new ProductPageResponse(page.items().stream().map(item -> new Item(item.id().value(), item.name(),
                    item.brand(), item.category(), item.origin().map(CountryCode::value).orElse(null))).toList(),
                    page.page(), page.size(), page.total());
        }

        /**
         * One product.
         *
         * @param id       its id
         * @param name     its name
         * @param brand    its brand
         * @param category its category
         * @param origin   where it is made, if known
         */
        record Item(long id, String name, String brand, String category, String origin) {
        }
    }
}
