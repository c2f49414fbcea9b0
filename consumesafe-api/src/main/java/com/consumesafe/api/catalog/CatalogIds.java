package com.consumesafe.api.catalog;

import com.consumesafe.domain.InvalidValueException;

/** Ids in paths and bodies are positive numbers; anything else is refused naming the field. */
final class CatalogIds {

    private CatalogIds() {
    }

    static long positive(long id) {
        return required("id", id);
    }

    static long required(String field, Long id) {
        if (id == null || id < 1) {
            throw new InvalidValueException(field, "must be a positive id");
        }
        return id;
    }
}
