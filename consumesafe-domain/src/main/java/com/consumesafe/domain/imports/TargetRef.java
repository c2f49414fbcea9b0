package com.consumesafe.domain.imports;

import com.consumesafe.domain.catalog.TargetKind;
import com.consumesafe.domain.name.NameKey;
import java.util.Optional;

/**
 * A company, a brand or a product of an import, named by the keys of its company, brand and product; the deepest
 * key given says which.
 *
 * @param company the company's key
 * @param brand   the brand's key within the company, if the reference goes that deep
 * @param product the product's key within the brand, if the reference names a product
 */
public record TargetRef(NameKey company, Optional<NameKey> brand, Optional<NameKey> product) {

    public TargetRef {
        brand = brand == null ? Optional.empty() : brand;
        product = product == null ? Optional.empty() : product;
        if (product.isPresent() && brand.isEmpty()) {
            throw new IllegalArgumentException("a product is named within its brand");
        }
    }

    public static TargetRef company(NameKey company) {
        return new TargetRef(company, Optional.empty(), Optional.empty());
    }

    public static TargetRef brand(NameKey company, NameKey brand) {
        return new TargetRef(company, Optional.of(brand), Optional.empty());
    }

    public static TargetRef product(NameKey company, NameKey brand, NameKey product) {
        return new TargetRef(company, Optional.of(brand), Optional.of(product));
    }

    public TargetKind kind() {
        return product.isPresent() ? TargetKind.PRODUCT : brand.isPresent() ? TargetKind.BRAND : TargetKind.COMPANY;
    }

    /** The brand this reference names or lies under, if it goes that deep. */
    public Optional<TargetRef> brandRef() {
        return brand.map(key -> brand(company, key));
    }
}
