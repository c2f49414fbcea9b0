package com.consumesafe.domain.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.domain.name.NameKey;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypingErrorTest {

    @ParameterizedTest
    @CsvSource({
        "starbuks,         starbucks,          9, -1",
        "starbuckss,       starbucks,          9, 1",
        "starbacks,        starbucks,          9, 0",
        "stabrucks,        starbucks,          9, 0",
        "xtarbucks,        starbucks,          9, 0",
        "starbuckx,        starbucks,          9, 0",
        "big starbuks,     big starbucks,      9, -1",
        "bog starbucks,    big starbucks,      3, 0",
        "sodastraem,       soda stream,        6, 0",
    })
    void finds_one_error_and_the_word_it_fell_in(String typed, String meant, int wordLength, int queryLonger) {
        assertThat(TypingError.between(NameKey.of(typed), NameKey.of(meant)))
                .contains(new TypingError(wordLength, queryLonger));
    }

    @ParameterizedTest
    @CsvSource({"starbucks, starbucks", "soda stream, sodastream", "doritos, dominos", "starbks, starbucks",
        "tsarbukcs, starbucks", "ab, abcd"})
    void finds_none_unless_exactly_one_apart(String typed, String meant) {
        assertThat(TypingError.between(NameKey.of(typed), NameKey.of(meant))).isEqualTo(Optional.empty());
    }
}
