package com.consumesafe.domain.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consumesafe.domain.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

    @ParameterizedTest
    @ValueSource(strings = {"boycott", "recall-2026", "a", "x1-y2-z3"})
    void accepts_lower_case_words_joined_by_hyphens(String value) {
        assertThat(new Slug(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Boycott", "two--hyphens", "-leading", "trailing-", "with space", "ünïcode",
        "semi;colon", "<script>", "slash/path", "' or 1=1 --"})
    void refuses_anything_else_naming_the_field(String value) {
        assertThatThrownBy(() -> new Slug(value))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("slug");
    }

    @Test
    void refuses_more_than_sixty_four_characters() {
        assertThat(new Slug("a".repeat(Slug.MAX_LENGTH)).value()).hasSize(64);
        assertThatThrownBy(() -> new Slug("a".repeat(Slug.MAX_LENGTH + 1)))
                .hasMessageContaining("at most 64");
    }
}
