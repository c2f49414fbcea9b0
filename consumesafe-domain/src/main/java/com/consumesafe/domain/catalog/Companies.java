package com.consumesafe.domain.catalog;

import java.util.Optional;

/** Port: where companys are kept. */
public interface Companies {

    /** Stores a new company (no id yet) and gives it an id, or replaces the stored company with the same id. */
    Company save(Company company);

    Optional<Company> find(CompanyId id);
}
