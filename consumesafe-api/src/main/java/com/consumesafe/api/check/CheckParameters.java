package com.consumesafe.api.check;

import com.consumesafe.api.list.KnownLists;
import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.country.CountryCode;
import com.consumesafe.domain.list.Slug;
import com.consumesafe.domain.listing.ListSelection;
import com.consumesafe.domain.name.NameKey;
import com.consumesafe.domain.verdict.CheckOptions;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/** Turns the check and search query parameters into domain values, refusing bad ones with the field named. */
@Component
class CheckParameters {

    /** Fewer letters or digits than this never identify anything, so they never produce LISTED. */
    static final int MIN_QUERY_LETTERS = 2;

    private final KnownLists lists;

    CheckParameters(KnownLists lists) {
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
            String[] named = listsParameter.split(",");
            if (named.length > ListSelection.MAX_LISTS) {
                throw new InvalidValueException("lists", "must name at most " + ListSelection.MAX_LISTS + " lists");
            }
            selection = ListSelection.of(Arrays.stream(named).map(slug -> lists.slug("lists", slug))
                    .toArray(Slug[]::new));
        }
        return new CheckOptions(selection, CountryCode.parseOptional("country", country));
    }
}
