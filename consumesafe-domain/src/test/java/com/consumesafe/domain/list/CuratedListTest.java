package com.consumesafe.domain.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consumesafe.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class CuratedListTest {

    private static final Slug SLUG = new Slug("recalls");

    @Test
    void strips_title_and_description_and_treats_a_missing_description_as_empty() {
        CuratedList list = new CuratedList(SLUG, "  Recalls  ", null);

        assertThat(list.title()).isEqualTo("Recalls");
        assertThat(list.description()).isEmpty();
    }

    @Test
    void needs_a_slug_and_a_title() {
        assertThatThrownBy(() -> new CuratedList(null, "Recalls", ""))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "slug");
        assertThatThrownBy(() -> new CuratedList(SLUG, "   ", ""))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "title");
    }

    @Test
    void bounds_the_length_of_title_and_description() {
        assertThatThrownBy(() -> new CuratedList(SLUG, "t".repeat(CuratedList.MAX_TITLE_LENGTH + 1), ""))
                .hasFieldOrPropertyWithValue("field", "title");
        assertThatThrownBy(() -> new CuratedList(SLUG, "t", "d".repeat(CuratedList.MAX_DESCRIPTION_LENGTH + 1)))
                .hasFieldOrPropertyWithValue("field", "description");
    }
}
