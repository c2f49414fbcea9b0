package com.consumesafe.domain.catalog;

import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.Text;
import com.consumesafe.domain.name.NameKey;

/**
 * A brand and the company that owns it.
 *
 * @param id      its id, null until the catalog stores it
 * @param name    its name as people write it
 * @param company the company that owns it
 */
public record Brand(BrandId id, String name, CompanyId company) {

    public static final int MAX_NAME_LENGTH = NameKey.MAX_INPUT_LENGTH;

    public Brand {
        name = Text.required("name", name, MAX_NAME_LENGTH);
        NameKey.of(name);
        if (company == null) {
            throw new InvalidValueException("company", "a brand needs the company that owns it");
        }
    }

    /** The key its name is stored and found under. */
    public NameKey key() {
        return NameKey.of(name);
    }
}
