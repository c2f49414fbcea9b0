package com.consumesafe.domain.listing;

import com.consumesafe.domain.InvalidValueException;

/**
 * The id of a listing.
 *
 * @param value the positive id storage gave it
 */
public record ListingId(long value) {

    public ListingId {
        if (value <= 0) {
            throw new InvalidValueException("listing", "must be a positive id");
        }
    }

    @Override
    public String toString() {
        return "listing " + value;
    }
}
