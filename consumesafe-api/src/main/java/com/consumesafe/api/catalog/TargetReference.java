package com.consumesafe.api.catalog;

import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.catalog.TargetKind;

/**
 * A company, brand or product named in a request body.
 *
 * @param kind PRODUCT, BRAND or COMPANY
 * @param id   its id
 */
public record TargetReference(String kind, Long id) {

    /** The domain target, or a refusal naming {@code field}. */
    public ListingTarget toTarget(String field) {
        if (kind == null || id == null) {
            throw new InvalidValueException(field, "must give kind (PRODUCT, BRAND or COMPANY) and id");
        }
        try {
            return ListingTarget.of(TargetKind.parse(kind), id);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.getMessage());
        }
    }

    public static TargetReference of(ListingTarget target) {
        return new TargetReference(target.kind().name(), target.value());
    }
}
