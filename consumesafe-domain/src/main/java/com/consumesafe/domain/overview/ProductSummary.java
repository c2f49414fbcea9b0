package com.consumesafe.domain.overview;

import com.consumesafe.domain.catalog.ProductId;
import com.consumesafe.domain.country.CountryCode;
import java.util.Optional;

/**
 * A product in a browsing page.
 *
 * @param id       its id
 * @param name     its name
 * @param brand    its brand's name
 * @param category its category, or empty
 * @param origin   where it is made, if known
 */
public record ProductSummary(ProductId id, String name, String brand, String category, Optional<CountryCode> origin) {
}
