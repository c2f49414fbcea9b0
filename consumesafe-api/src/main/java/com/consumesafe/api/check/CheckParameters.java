package com.consumesafe.api.check;

import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.country.CountryCode;
import com.consumesafe.domain.list.CuratedLists;
import com.consumesafe.domain.list.Slug;
import com.consumesafe.domain.listing.ListSelection;
import com.consumesafe.domain.name.NameKey;
import com.consumesafe.domain.verdict.CheckOptions;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Turns the check and search query parameters into domain values, refusing bad ones with the field named. */
@Component
class CheckParameters {

    /** Fewer letters or digits than this never identify anything, so they never produce LISTED. */
    static final int MIN_QUERY_LETTERS = 2;

    private final CuratedLists lists;

    CheckParameters(CuratedLists lists) {
        this.lists = lists;
    }

    NameKey query(String q) {
        NameKey key = NameKey.of("q", q);
        if (key.compact().length() < MIN_QUERY_LETTERS) {
            throw new InvalidValueException("q", "must have at least " + MIN_QUERY_LETTERS + " letters or digits");
        }
        return key;
    }

    CheckOptions options(String listsParameter, String country) {
        ListSelection selection = ListSelection.all();
        if (listsParameter != null && !listsParameter.isBlank()) {
            Slug[] slugs = Arrays.stream(listsParameter.split(",")).map(String::strip).map(this::knownList)
                    .toArray(Slug[]::new);
            if (slugs.length > ListSelection.MAX_LISTS) {
                throw new InvalidValueException("lists", "must name at most " + ListSelection.MAX_LISTS + " lists");
            }
            selection = ListSelection.of(slugs);
        }
        return new CheckOptions(selection, country == null || country.isBlank() ? Optional.empty()
                : Optional.of(countryCode(country)));
    }

    private Slug knownList(String value) {
        Slug slug;
        try {
            slug = new Slug(value);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("lists", "'" + abbreviated(value) + "' " + e.getMessage());
        }
        if (lists.find(slug).isEmpty()) {
            throw new InvalidValueException("lists", "no list '" + slug.value() + "' (see /api/v1/lists)");
        }
        return slug;
    }

    private static CountryCode countryCode(String value) {
        try {
            return new CountryCode(value.strip());
        } catch (InvalidValueException e) {
            throw new InvalidValueException("country", e.getMessage());
        }
    }

    private static String abbreviated(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }
}
