package com.consumesafe.domain.list;

import com.consumesafe.domain.InvalidValueException;
import java.util.regex.Pattern;

/**
 * The URL-safe name of a list: lower-case letters and digits in words joined by single hyphens.
 *
 * @param value the slug, already validated
 */
public record Slug(String value) {

    public static final int MAX_LENGTH = 64;

    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    public Slug {
        if (value == null || value.isEmpty()) {
            throw new InvalidValueException("slug", "must not be empty");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("slug", "must be at most " + MAX_LENGTH + " characters");
        }
        if (!FORM.matcher(value).matches()) {
            throw new InvalidValueException("slug",
                    "must be lower-case letters and digits in words joined by single hyphens, like 'recall-2026'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
