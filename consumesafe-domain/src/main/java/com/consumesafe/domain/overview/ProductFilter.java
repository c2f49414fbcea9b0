package com.consumesafe.domain.overview;

import com.consumesafe.domain.list.Slug;
import com.consumesafe.domain.listing.Severity;
import java.util.Optional;

/**
 * Which products to browse. With a severity or a list, only products listed that way count, whether the
 * listing is on the product, its brand, its company or any owner above.
 *
 * @param category only this category
 * @param severity only products listed with this severity
 * @param list     only products listed on this list
 */
public record ProductFilter(Optional<String> category, Optional<Severity> severity, Optional<Slug> list) {

    public ProductFilter {
        category = category == null ? Optional.empty() : category.map(String::strip).filter(c -> !c.isEmpty());
        severity = severity == null ? Optional.empty() : severity;
        list = list == null ? Optional.empty() : list;
    }

    public boolean listedOnly() {
        return severity.isPresent() || list.isPresent();
    }
}
