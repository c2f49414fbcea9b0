package com.consumesafe.api.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ControlCharactersTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("plain text", "plain text"),
                Arguments.of("tab\tstays", "tab\tstays"),
                Arguments.of("caf\u00e9 \u4e2d", "caf\u00e9 \u4e2d"),
                Arguments.of("a\r\n2026-11-29T00:00:00.000Z ERROR FORGED",
                        "a\\r\\n2026-11-29T00:00:00.000Z ERROR FORGED"),
                Arguments.of("nul\u0000bell\u0007esc\u001b[31m", "nul\\u0000bell\\u0007esc\\u001b[31m"),
                Arguments.of("del\u007f next\u0085 line\u2028para\u2029",
                        "del\\u007f next\\u0085 line\\u2028para\\u2029"),
                Arguments.of(null, null));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void shows_control_characters_as_escapes_and_leaves_the_rest(String text, String escaped) {
        assertThat(ControlCharacters.escaped(text)).isEqualTo(escaped);
    }
}
