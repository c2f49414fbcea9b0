package com.consumesafe.domain.catalog;

import java.util.Optional;

/** Port: where brands are kept. */
public interface Brands {

    /** Stores a new brand (no id yet) and gives it an id, or replaces the stored brand with the same id. */
    Brand save(Brand brand);

    Optional<Brand> find(BrandId id);
}
