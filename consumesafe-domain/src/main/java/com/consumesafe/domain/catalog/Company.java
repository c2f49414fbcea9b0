package com.consumesafe.domain.catalog;

import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.Text;
import com.consumesafe.domain.country.CountryCode;
import com.consumesafe.domain.name.NameKey;
import java.util.Optional;

/**
 * A company, possibly owned by another; ownership forms a tree of any depth.
 *
 * @param id      its id, null until the catalog stores it
 * @param name    its name as people write it
 * @param country where it is based, if known
 * @param parent  the company that owns it, if any
 */
public record Company(CompanyId id, String name, Optional<CountryCode> country, Optional<CompanyId> parent) {

    public static final int MAX_NAME_LENGTH = NameKey.MAX_INPUT_LENGTH;

    public Company {
        name = Text.required("name", name, MAX_NAME_LENGTH);
        NameKey.of(name);
        country = country == null ? Optional.empty() : country;
        parent = parent == null ? Optional.empty() : parent;
        if (id != null && parent.filter(id::equals).isPresent()) {
            throw new InvalidValueException("parent", "a company cannot own itself");
        }
    }

    /** The key its name is stored and found under. */
    public NameKey key() {
        return NameKey.of(name);
    }
}
