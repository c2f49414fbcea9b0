package com.consumesafe.domain;

/** The rules every free text field of the model follows: stripped, bounded, and required where it must be. */
public final class Text {

    private Text() {
    }

    /** The text stripped, refused when blank or longer than the bound. */
    public static String required(String field, String text, int maxLength) {
        String stripped = optional(field, text, maxLength);
        if (stripped.isEmpty()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        return stripped;
    }

    /** The text stripped, empty when missing, refused when longer than the bound. */
    public static String optional(String field, String text, int maxLength) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.length() > maxLength) {
            throw new InvalidValueException(field, "must be at most " + maxLength + " characters");
        }
        return stripped;
    }
}
