package com.consumesafe.domain.verdict;

import com.consumesafe.domain.country.CountryCode;
import com.consumesafe.domain.listing.ListSelection;
import java.util.Optional;

/**
 * What the person checking cares about.
 *
 * @param lists            the lists to look at; all when none is selected
 * @param preferredCountry alternatives from this country come first, if given
 */
public record CheckOptions(ListSelection lists, Optional<CountryCode> preferredCountry) {

    public CheckOptions {
        lists = lists == null ? ListSelection.all() : lists;
        preferredCountry = preferredCountry == null ? Optional.empty() : preferredCountry;
    }

    /** Every list, no preferred country. */
    public static CheckOptions everyList() {
        return new CheckOptions(ListSelection.all(), Optional.empty());
    }
}
