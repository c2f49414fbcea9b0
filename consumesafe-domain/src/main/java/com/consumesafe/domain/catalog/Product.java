package com.consumesafe.domain.catalog;

import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.Text;
import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.country.CountryCode;
import com.consumesafe.domain.name.NameKey;
import java.util.Optional;
import java.util.Set;

/**
 * A product people buy, under a brand.
 *
 * @param id       its id, null until the catalog stores it
 * @param name     its name as people write it
 * @param brand    the brand it is sold under
 * @param category what kind of product it is, such as "Beverages"; empty when unknown
 * @param barcodes the barcodes printed on it, each held once whatever form it was read in
 * @param origin   where it is made, if known
 */
public record Product(ProductId id, String name, BrandId brand, String category, Set<Gtin> barcodes,
                      Optional<CountryCode> origin) {

    public static final int MAX_NAME_LENGTH = NameKey.MAX_INPUT_LENGTH;
    public static final int MAX_CATEGORY_LENGTH = 100;
    public static final int MAX_BARCODES = 50;

    public Product {
        name = Text.required("name", name, MAX_NAME_LENGTH);
        NameKey.of(name);
        if (brand == null) {
            throw new InvalidValueException("brand", "a product needs the brand it is sold under");
        }
        category = Text.optional("category", category, MAX_CATEGORY_LENGTH);
        barcodes = barcodes == null ? Set.of() : Set.copyOf(barcodes);
        if (barcodes.size() > MAX_BARCODES) {
            throw new InvalidValueException("barcodes", "must be at most " + MAX_BARCODES);
        }
        origin = origin == null ? Optional.empty() : origin;
    }

    /** The key its name is stored and found under. */
    public NameKey key() {
        return NameKey.of(name);
    }
}
