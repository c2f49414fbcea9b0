package com.consumesafe.domain.imports;

import com.consumesafe.domain.name.NameKey;

/**
 * A brand an import names.
 *
 * @param row     the first record naming it
 * @param company the key of the company owning it
 * @param name    its name as first spelled
 */
public record BrandEntry(int row, NameKey company, String name) {

    public TargetRef ref() {
        return TargetRef.brand(company, NameKey.of(name));
    }
}
