package com.consumesafe.api.report;

import com.consumesafe.domain.catalog.BrandId;
import com.consumesafe.domain.catalog.ProductId;
import com.consumesafe.domain.catalog.Products;
import com.consumesafe.domain.name.NameKey;
import com.consumesafe.domain.search.CatalogMatch;
import com.consumesafe.domain.search.CatalogSearch;
import com.consumesafe.domain.search.MatchQuality;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Finds the brand and product a reporter named, by name key as the catalog stores them. */
@Component
class SuggestionLookup {

    private final CatalogSearch search;
    private final Products products;

    SuggestionLookup(CatalogSearch search, Products products) {
        this.search = search;
        this.products = products;
    }

    /** The one brand with this name; refused, naming the field, when there is none or more than one. */
    BrandId brand(String name, String field) {
        List<BrandId> found = exact(name).stream().map(CatalogMatch::target)
                .filter(BrandId.class::isInstance).map(BrandId.class::cast).distinct().toList();
        if (found.isEmpty()) {
            throw ChangeRefused.missing(field, "no brand named '" + name + "' in the catalog: create it, or give"
                    + " suggested");
        }
        if (found.size() > 1) {
            throw ChangeRefused.conflict(field, "more than one brand is named '" + name + "': give suggested");
        }
        return found.getFirst();
    }

    /** The product of the brand with this name, if the catalog holds it. */
    Optional<ProductId> product(BrandId brand, String name) {
        return exact(name).stream().map(CatalogMatch::target)
                .filter(ProductId.class::isInstance).map(ProductId.class::cast)
                .filter(id -> products.find(id).filter(product -> product.brand().equals(brand)).isPresent())
                .findFirst();
    }

    private List<CatalogMatch> exact(String name) {
        return search.search(NameKey.of(name), CatalogSearch.MAX_LIMIT).stream()
                .filter(match -> match.quality() == MatchQuality.EXACT).toList();
    }
}
