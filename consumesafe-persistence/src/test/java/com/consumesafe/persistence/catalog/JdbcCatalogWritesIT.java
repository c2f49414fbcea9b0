package com.consumesafe.persistence.catalog;

import com.consumesafe.domain.catalog.Brands;
import com.consumesafe.domain.catalog.CatalogWritesContract;
import com.consumesafe.domain.catalog.Companies;
import com.consumesafe.domain.catalog.Products;
import com.consumesafe.persistence.PersistenceIT;
import org.springframework.beans.factory.annotation.Autowired;

@PersistenceIT
class JdbcCatalogWritesIT extends CatalogWritesContract {

    @Autowired
    private Companies companies;

    @Autowired
    private Brands brands;

    @Autowired
    private Products products;

    @Override
    protected Companies companies() {
        return companies;
    }

    @Override
    protected Brands brands() {
        return brands;
    }

    @Override
    protected Products products() {
        return products;
    }
}
