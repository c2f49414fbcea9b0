package com.consumesafe.domain.listing;

import com.consumesafe.domain.InvalidValueException;
import java.util.Locale;

/** How serious the reason for a listing is. */
public enum Severity {
    HIGH,
    MEDIUM,
    LOW;

    /** Reads "High", "medium" or "LOW" as existing lists write them. */
    public static Severity parse(String text) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (Severity severity : values()) {
            if (severity.name().equals(name)) {
                return severity;
            }
        }
        throw new InvalidValueException("severity", "must be HIGH, MEDIUM or LOW");
    }
}
