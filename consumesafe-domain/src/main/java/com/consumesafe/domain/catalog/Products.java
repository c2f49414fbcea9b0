package com.consumesafe.domain.catalog;

import java.util.Optional;

/** Port: where products are kept. */
public interface Products {

    /** Stores a new product (no id yet) and gives it an id, or replaces the stored product with the same id. */
    Product save(Product product);

    Optional<Product> find(ProductId id);
}
