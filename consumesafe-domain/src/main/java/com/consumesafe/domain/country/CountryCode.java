package com.consumesafe.domain.country;

import com.consumesafe.domain.InvalidValueException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A country as its ISO 3166-1 alpha-2 code, such as TN or FR; read in any case, held in upper case.
 *
 * @param value two upper-case letters naming an assigned country
 */
public record CountryCode(String value) {

    private static final Set<String> ASSIGNED = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    public CountryCode {
        String code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!ASSIGNED.contains(code)) {
            throw new InvalidValueException("country", "must be an ISO 3166-1 alpha-2 country code, like TN or FR");
        }
        value = code;
    }

    /** Parses a code as typed; a blank one means "no country". */
    public static Optional<CountryCode> parseOptional(String code) {
        return parseOptional("country", code);
    }

    /** Parses a code typed into the given field, so that a refusal names that field. */
    public static Optional<CountryCode> parseOptional(String field, String code) {
        try {
            return code == null || code.isBlank() ? Optional.empty() : Optional.of(new CountryCode(code));
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.getMessage());
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
