package com.consumesafe.domain.list;

import com.consumesafe.domain.InvalidValueException;

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
        title = requireText("title", title, MAX_TITLE_LENGTH);
        description = description == null ? "" : description.strip();
        if (description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new InvalidValueException("description",
                    "must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
    }

    private static String requireText(String field, String text, int maxLength) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        if (stripped.length() > maxLength) {
            throw new InvalidValueException(field, "must be at most " + maxLength + " characters");
        }
        return stripped;
    }
}
