package com.consumesafe.domain.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.domain.name.NameKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordRunTest {

    @ParameterizedTest
    @CsvSource({
        "evian water,      evian,         true,  false",
        "evian water,      water,         false, true",
        "evian water,      evian water,   false, false",
        "evian water,      evi,           false, false",
        "evian water,      ater,          false, false",
        "sodastream pro,   soda stream,   true,  false",
        "coca cola zero,   cola zero,     false, true",
        "coca cola zero,   cola ze,       false, false",
        "a b a b,          a b,           true,  true",
    })
    void places_the_query_among_the_names_whole_words(String name, String query, boolean starts, boolean inside) {
        assertThat(WordRun.startsWith(NameKey.of(name), NameKey.of(query))).isEqualTo(starts);
        assertThat(WordRun.isInside(NameKey.of(name), NameKey.of(query))).isEqualTo(inside);
    }
}
