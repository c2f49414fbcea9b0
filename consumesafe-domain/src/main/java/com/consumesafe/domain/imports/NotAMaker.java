package com.consumesafe.domain.imports;

import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.country.CountryCode;
import com.consumesafe.domain.country.CountryNames;
import com.consumesafe.domain.name.NameKey;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A value of a maker's column that names no maker but a place or a quality, as lists write in their
 * {@code alternative_brand} column: "Local", "Global", "Generic", "Various", "Eco Brand", "Privacy", "FOSS",
 * "Tunisia", "Marque tunisienne", "منتج محلي". A country among its words asserts where the alternative comes from;
 * nothing else in it asserts anything.
 *
 * @param value  the value as written
 * @param origin the country it names, if it names exactly one
 */
public record NotAMaker(String value, Optional<CountryCode> origin) {

    // words that describe an alternative without naming who makes it, in English, French and Arabic, as keys
    private static final Set<String> QUALITIES = words("""
            local locale locales locaux global globale international internationale generic generique various
            divers diverse diverses any other others autre autres none aucun aucune unknown inconnu inconnue multiple
            multiples privacy foss open source libre eco ecological ecologique ecolo bio organic natural naturel
            naturelle green vert verte handmade homemade artisanal artisanale artisan traditional traditionnel
            traditionnelle national nationale regional regionale independent independant independante small petit
            petite store own private label brand brands marque marques product products produit produits alternative
            alternatives option options made in fabrique fabriquee en au aux a de du des the from friendly fair trade
            equitable vegan halal or ou and et
            محلي محلية محليه وطني وطنية وطنيه منتج منتجات ماركة ماركه علامة علامه تجارية تجاريه صنع في بديل بدائل
            عالمي عالمية اي أي اخرى او أو""");

    /** The reading of a maker's column when it names no maker; empty when it may name one. */
    public static Optional<NotAMaker> of(String value) {
        List<String> words;
        try {
            words = Arrays.asList(NameKey.of(value).value().split(" "));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
        Set<CountryCode> countries = new HashSet<>();
        int at = 0;
        while (at < words.size()) {
            int country = CountryNames.wordsNamingACountry(words, at);
            if (country > 0) {
                countries.add(CountryNames.named(String.join(" ", words.subList(at, at + country))).orElseThrow());
                at += country;
            } else if (QUALITIES.contains(words.get(at))) {
                at++;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new NotAMaker(value, countries.size() == 1 ? countries.stream().findFirst()
                : Optional.empty()));
    }

    private static Set<String> words(String text) {
        Set<String> keys = new HashSet<>();
        for (String word : text.strip().split("\\s+")) {
            keys.add(NameKey.of(word).value());
        }
        return Set.copyOf(keys);
    }
}
