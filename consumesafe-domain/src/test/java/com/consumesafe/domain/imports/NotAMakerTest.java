package com.consumesafe.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.domain.country.CountryCode;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NotAMakerTest {

    @ParameterizedTest
    @CsvSource({
        "Local,                 -",
        "GLOBAL,                -",
        "International,         -",
        "Generic,               -",
        "Various,               -",
        "Eco Brand,             -",
        "Privacy,               -",
        "FOSS,                  -",
        "Open source,           -",
        "Produits locaux,       -",
        "محلي,                  -",
        "Tunisia,               TN",
        "Tunisie,               TN",
        "تونس,                  TN",
        "Made in Tunisia,       TN",
        "Marque tunisienne,     TN",
        "Tunisian brand,        TN",
        "منتج تونسي,            TN",
        "Algérie,               DZ",
        "Royaume-Uni,           GB",
        "United States,         US",
        "France or Italy,       -",
    })
    void reads_places_and_qualities_and_the_country_they_name(String value, String country) {
        Optional<CountryCode> origin = country.equals("-") ? Optional.empty() : Optional.of(new CountryCode(country));

        assertThat(NotAMaker.of(value)).contains(new NotAMaker(value, origin));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bata", "Kahwa Roasters (TN)", "Tunisair", "Local Dairy Co", "Global Foods",
        "Sidi Creamery", "Délice", "Free", "Boga", "-", "..."})
    void leaves_alone_what_may_name_a_maker(String value) {
        assertThat(NotAMaker.of(value)).isEmpty();
    }
}
