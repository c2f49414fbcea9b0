package com.consumesafe.domain.imports;

import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.country.CountryCode;
import com.consumesafe.domain.name.NameKey;
import java.util.Optional;
import java.util.Set;

/**
 * A product an import names.
 *
 * @param row      the first record naming it
 * @param brand    the brand it is sold under
 * @param name     its name as first spelled
 * @param category what kind of product it is; empty when unknown
 * @param origin   where it is made, if the file says
 * @param barcodes its barcodes
 */
public record ProductEntry(int row, TargetRef brand, String name, String category, Optional<CountryCode> origin,
                           Set<Gtin> barcodes) {

    public ProductEntry {
        barcodes = Set.copyOf(barcodes);
    }

    public TargetRef ref() {
        return TargetRef.product(brand.company(), brand.brand().orElseThrow(), NameKey.of(name));
    }
}
