package com.consumesafe.domain.catalog;

/**
 * The id of a company in the catalog.
 *
 * @param value the positive id storage gave it
 */
public record CompanyId(long value) implements ListingTarget {

    public CompanyId {
        ListingTarget.requirePositive("company", value);
    }

    @Override
    public TargetKind kind() {
        return TargetKind.COMPANY;
    }

    @Override
    public String toString() {
        return "company " + value;
    }
}
