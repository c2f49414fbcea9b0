package com.consumesafe.domain.alternative;

import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.Text;
import com.consumesafe.domain.catalog.CompanyId;
import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.country.CountryCode;
import java.util.Optional;

/**
 * A product or a brand suggested instead of a listed target; "local" is a filter on its origin, not a kind.
 *
 * @param insteadOf what it replaces: a company, a brand or a product
 * @param suggested the product or brand suggested
 * @param origin    where the suggestion comes from, if known
 * @param note      why it is suggested; empty when there is nothing to add
 */
public record Alternative(ListingTarget insteadOf, ListingTarget suggested, Optional<CountryCode> origin,
                          String note) {

    public static final int MAX_NOTE_LENGTH = 1000;

    public Alternative {
        if (insteadOf == null) {
            throw new InvalidValueException("insteadOf", "must name what the alternative replaces");
        }
        if (suggested == null || suggested instanceof CompanyId) {
            throw new InvalidValueException("suggested", "must be a product or a brand");
        }
        if (suggested.equals(insteadOf)) {
            throw new InvalidValueException("suggested", "cannot be an alternative to itself");
        }
        origin = origin == null ? Optional.empty() : origin;
        note = Text.optional("note", note, MAX_NOTE_LENGTH);
    }
}
