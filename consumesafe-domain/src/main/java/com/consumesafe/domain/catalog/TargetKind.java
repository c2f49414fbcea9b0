package com.consumesafe.domain.catalog;

import com.consumesafe.domain.InvalidValueException;
import java.util.Locale;

/** What a reference in the catalog points at. */
public enum TargetKind {
    PRODUCT,
    BRAND,
    COMPANY;

    /** Reads "product", "Brand" or "COMPANY" as a request or a file writes it. */
    public static TargetKind parse(String text) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (TargetKind kind : values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        throw new InvalidValueException("kind", "must be PRODUCT, BRAND or COMPANY");
    }
}
