package com.consumesafe.domain.country;

import com.consumesafe.domain.name.NameKey;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Countries as people write them in English, French or Arabic ("Tunisia", "Tunisie", "تونس"), and the adjectives
 * of the region's lists ("tunisian", "tunisienne"), read through {@link NameKey} so that case and accents do not
 * matter.
 */
public final class CountryNames {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("ar"));

    // the adjectives lists use for "made in": the region the legacy lists come from, and their usual neighbours
    private static final Map<String, String> ADJECTIVES = Map.ofEntries(
            Map.entry("TN", "tunisian tunisien tunisienne تونسي تونسية"),
            Map.entry("DZ", "algerian algerien algerienne جزائري جزائرية"),
            Map.entry("MA", "moroccan marocain marocaine مغربي مغربية"),
            Map.entry("LY", "libyan libyen libyenne ليبي ليبية"),
            Map.entry("EG", "egyptian egyptien egyptienne مصري مصرية"),
            Map.entry("FR", "french francais francaise فرنسي فرنسية"),
            Map.entry("IT", "italian italien italienne"),
            Map.entry("ES", "spanish espagnol espagnole"),
            Map.entry("DE", "german allemand allemande"),
            Map.entry("TR", "turkish turc turque تركي تركية"));

    private static final Map<String, CountryCode> BY_KEY = byKey();

    private CountryNames() {
    }

    /** The country these words name on their own, in one of the three languages. */
    public static Optional<CountryCode> named(String words) {
        return Optional.ofNullable(BY_KEY.get(words));
    }

    /** The longest country name starting at the given word, as the number of words it takes, or 0. */
    public static int wordsNamingACountry(List<String> words, int from) {
        for (int end = words.size(); end > from; end--) {
            if (BY_KEY.containsKey(String.join(" ", words.subList(from, end)))) {
                return end - from;
            }
        }
        return 0;
    }

    private static Map<String, CountryCode> byKey() {
        Map<String, CountryCode> byKey = new HashMap<>();
        for (String code : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)) {
            CountryCode country = new CountryCode(code);
            for (Locale language : LANGUAGES) {
                String name = Locale.of("", code).getDisplayCountry(language);
                if (!name.equalsIgnoreCase(code)) {
                    byKey.putIfAbsent(NameKey.of(name).value(), country);
                }
            }
        }
        ADJECTIVES.forEach((code, adjectives) -> {
            for (String adjective : adjectives.split(" ")) {
                byKey.put(NameKey.of(adjective).value(), new CountryCode(code));
            }
        });
        return Map.copyOf(byKey);
    }
}
