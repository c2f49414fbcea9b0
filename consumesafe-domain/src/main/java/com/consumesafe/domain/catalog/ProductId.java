package com.consumesafe.domain.catalog;

/**
 * The id of a product in the catalog.
 *
 * @param value the positive id storage gave it
 */
public record ProductId(long value) implements ListingTarget {

    public ProductId {
        ListingTarget.requirePositive("product", value);
    }

    @Override
    public TargetKind kind() {
        return TargetKind.PRODUCT;
    }

    @Override
    public String toString() {
        return "product " + value;
    }
}
