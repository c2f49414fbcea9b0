package com.consumesafe.domain.catalog;

import com.consumesafe.domain.InvalidValueException;

/** A reference to something in the catalog that a list can name: a company, a brand or a product. */
public sealed interface ListingTarget permits CompanyId, BrandId, ProductId {

    long value();

    TargetKind kind();

    /** The reference of the given kind to the given id, as read from storage or a request. */
    static ListingTarget of(TargetKind kind, long id) {
        if (kind == null) {
            throw new InvalidValueException("kind", "must be PRODUCT, BRAND or COMPANY");
        }
        return switch (kind) {
            case PRODUCT -> new ProductId(id);
            case BRAND -> new BrandId(id);
            case COMPANY -> new CompanyId(id);
        };
    }

    /** Refuses ids that storage never hands out. */
    static void requirePositive(String field, long id) {
        if (id <= 0) {
            throw new InvalidValueException(field, "must be a positive id");
        }
    }
}
