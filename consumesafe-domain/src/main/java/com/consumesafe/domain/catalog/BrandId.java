package com.consumesafe.domain.catalog;

/**
 * The id of a brand in the catalog.
 *
 * @param value the positive id storage gave it
 */
public record BrandId(long value) implements ListingTarget {

    public BrandId {
        ListingTarget.requirePositive("brand", value);
    }

    @Override
    public TargetKind kind() {
        return TargetKind.BRAND;
    }

    @Override
    public String toString() {
        return "brand " + value;
    }
}
