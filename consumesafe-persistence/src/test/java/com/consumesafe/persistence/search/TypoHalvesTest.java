package com.consumesafe.persistence.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** The head-and-tail step must see every name one typing error away, wherever the error is. */
class TypoHalvesTest {

    @ParameterizedTest
    @ValueSource(strings = {"quintabel", "brindlewick", "braquynd dundprytran", "abcdefgh", "zürichsee", "北京烤鸭店铺名字"})
    void every_single_typing_error_spares_the_head_or_the_tail(String name) {
        for (String typed : typos(name)) {
            if (typed.codePointCount(0, typed.length()) < 8) {
                continue;
            }
            MapSqlParameterSource found = TrigramCatalogSearch.withHeadAndTail(typed, new MapSqlParameterSource());
            String head = like(found, "head");
            String reversedTail = like(found, "reversedTail");
            String reversed = new StringBuilder(name).reverse().toString();
            boolean seen = name.startsWith(head) || reversed.startsWith(reversedTail);
            assertThat(seen).as("%s typed as %s (head %s, tail reversed %s)", name, typed, head, reversedTail)
                    .isTrue();
        }
    }

    @Test
    void head_and_tail_are_each_three_letters_at_the_shortest_query() {
        MapSqlParameterSource found = TrigramCatalogSearch.withHeadAndTail("abcdefgh", new MapSqlParameterSource());

        assertThat(found.getValue("head")).isEqualTo("abc%");
        assertThat(found.getValue("reversedTail")).isEqualTo("hgf%");
    }

    private static String like(MapSqlParameterSource parameters, String name) {
        String pattern = (String) parameters.getValue(name);
        assertThat(pattern).endsWith("%");
        return pattern.substring(0, pattern.length() - 1);
    }

    // every letter replaced, dropped, doubled and swapped with the next, and a letter added at every place
    private static List<String> typos(String name) {
        int[] letters = name.codePoints().toArray();
        List<String> typed = new ArrayList<>();
        for (int at = 0; at < letters.length; at++) {
            typed.add(join(letters, 0, at) + "q" + join(letters, at + 1, letters.length));
            typed.add(join(letters, 0, at) + join(letters, at + 1, letters.length));
            typed.add(join(letters, 0, at + 1) + join(letters, at, letters.length));
            typed.add(join(letters, 0, at) + "x" + join(letters, at, letters.length));
            if (at + 1 < letters.length) {
                typed.add(join(letters, 0, at) + join(letters, at + 1, at + 2) + join(letters, at, at + 1)
                        + join(letters, at + 2, letters.length));
            }
        }
        typed.add(name + "x");
        return typed;
    }

    private static String join(int[] letters, int from, int to) {
        return new String(letters, from, to - from);
    }
}
