package com.consumesafe.domain.list;

import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.Text;

/**
 * A named list that curators maintain, such as a consumer boycott list or a recall list.
 *
 * @param slug        its URL-safe name, unique
 * @param title       what people call it
 * @param description what it is for and who keeps it
 */
public record CuratedList(Slug slug, String title, String description) {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 4000;

    public CuratedList {
        if (slug == null) {
            throw new InvalidValueException("slug", "must not be empty");
        }
        title = Text.required("title", title, MAX_TITLE_LENGTH);
        description = Text.optional("description", description, MAX_DESCRIPTION_LENGTH);
    }
}
