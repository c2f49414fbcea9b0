package com.consumesafe.api.catalog;

import com.consumesafe.domain.NotFoundException;
import com.consumesafe.domain.catalog.BrandId;
import com.consumesafe.domain.catalog.Brands;
import com.consumesafe.domain.catalog.Companies;
import com.consumesafe.domain.catalog.CompanyId;
import com.consumesafe.domain.catalog.Ownership;
import com.consumesafe.domain.catalog.ProductId;
import com.consumesafe.domain.catalog.Products;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** One company, brand or product, with who owns it. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Catalog")
@Transactional(readOnly = true)
class CatalogReads {

    private final Companies companies;
    private final Brands brands;
    private final Products products;
    private final Ownership ownership;

    CatalogReads(Companies companies, Brands brands, Products products, Ownership ownership) {
        this.companies = companies;
        this.brands = brands;
        this.products = products;
        this.ownership = ownership;
    }

    @GetMapping("/companies/{id}")
    @Operation(summary = "A company and the chain of companies that own it")
    CatalogEntry company(@PathVariable long id) {
        CompanyId key = new CompanyId(CatalogIds.positive(id));
        return companies.find(key).map(company -> CatalogEntry.of(company, ownership.chainOf(key)))
                .orElseThrow(() -> new NotFoundException("company", Long.toString(id)));
    }

    @GetMapping("/brands/{id}")
    @Operation(summary = "A brand and the chain of companies that own it")
    CatalogEntry brand(@PathVariable long id) {
        BrandId key = new BrandId(CatalogIds.positive(id));
        return brands.find(key).map(brand -> CatalogEntry.of(brand, ownership.chainOf(key)))
                .orElseThrow(() -> new NotFoundException("brand", Long.toString(id)));
    }

    @GetMapping("/products/{id}")
    @Operation(summary = "A product, its brand and the chain of companies that own it")
    CatalogEntry product(@PathVariable long id) {
        ProductId key = new ProductId(CatalogIds.positive(id));
        return products.find(key).map(product -> CatalogEntry.of(product, ownership.chainOf(key)))
                .orElseThrow(() -> new NotFoundException("product", Long.toString(id)));
    }
}
