package com.consumesafe.domain.catalog;

import com.consumesafe.domain.InvalidValueException;

/**
 * One link of an ownership chain: a product, a brand or a company, with the name to show for it.
 *
 * @param target what the link is
 * @param name   its name as stored
 */
public record OwnershipStep(ListingTarget target, String name) {

    public OwnershipStep {
        if (target == null) {
            throw new InvalidValueException("target", "must not be empty");
        }
        name = name == null ? "" : name;
    }

    public TargetKind kind() {
        return target.kind();
    }
}
