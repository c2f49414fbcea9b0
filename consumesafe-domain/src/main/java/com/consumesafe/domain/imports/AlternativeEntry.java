package com.consumesafe.domain.imports;

import com.consumesafe.domain.country.CountryCode;
import java.util.Optional;

/**
 * An alternative an import suggests.
 *
 * @param row       the record it comes from
 * @param insteadOf what it replaces
 * @param suggested the brand or product suggested
 * @param origin    where the suggestion comes from, only when the file asserts it
 * @param note      why it is suggested
 */
public record AlternativeEntry(int row, TargetRef insteadOf, TargetRef suggested, Optional<CountryCode> origin,
                               String note) {
}
