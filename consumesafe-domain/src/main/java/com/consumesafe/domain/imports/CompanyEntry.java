package com.consumesafe.domain.imports;

import com.consumesafe.domain.country.CountryCode;
import com.consumesafe.domain.name.NameKey;
import java.util.Optional;

/**
 * A company an import names.
 *
 * @param row     the first record naming it
 * @param name    its name as first spelled
 * @param country where it is based, if the file says
 * @param parent  the key of the company owning it, if the file says
 */
public record CompanyEntry(int row, String name, Optional<CountryCode> country, Optional<NameKey> parent) {

    public NameKey key() {
        return NameKey.of(name);
    }
}
