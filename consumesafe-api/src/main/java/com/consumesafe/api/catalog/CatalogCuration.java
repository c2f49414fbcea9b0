package com.consumesafe.api.catalog;

import com.consumesafe.api.curation.CuratorAuthentication;
import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.audit.AuditEvent;
import com.consumesafe.domain.audit.AuditTrail;
import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.catalog.Brand;
import com.consumesafe.domain.catalog.BrandId;
import com.consumesafe.domain.catalog.Brands;
import com.consumesafe.domain.catalog.Companies;
import com.consumesafe.domain.catalog.Company;
import com.consumesafe.domain.catalog.CompanyId;
import com.consumesafe.domain.catalog.Ownership;
import com.consumesafe.domain.catalog.Product;
import com.consumesafe.domain.catalog.ProductId;
import com.consumesafe.domain.catalog.Products;
import com.consumesafe.domain.country.CountryCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Curators create and change companies, brands and products; every change is audited. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Curation")
@SecurityRequirement(name = "curator")
@Transactional
class CatalogCuration {

    private final Companies companies;
    private final Brands brands;
    private final Products products;
    private final Ownership ownership;
    private final AuditTrail audit;

    CatalogCuration(Companies companies, Brands brands, Products products, Ownership ownership, AuditTrail audit) {
        this.companies = companies;
        this.brands = brands;
        this.products = products;
        this.ownership = ownership;
        this.audit = audit;
    }

    @PostMapping("/companies")
    @Operation(summary = "Create a company, optionally owned by another")
    ResponseEntity<CatalogEntry> createCompany(@RequestBody(required = false) CatalogChanges.CompanyChange change,
                                               @RequestAttribute(CuratorAuthentication.CURATOR) String curator) {
        Company saved = companies.save(company(null, change));
        record(curator, "company.created", "company", saved.id().value(), Map.of("name", saved.name()));
        return ResponseEntity.created(URI.create("/api/v1/companies/" + saved.id().value()))
                .body(CatalogEntry.of(saved, ownership.chainOf(saved.id())));
    }

    @PutMapping("/companies/{id}")
    @Operation(summary = "Change a company: name, country, owner")
    CatalogEntry changeCompany(@PathVariable long id,
                               @RequestBody(required = false) CatalogChanges.CompanyChange change,
                               @RequestAttribute(CuratorAuthentication.CURATOR) String curator) {
        Company saved = companies.save(company(new CompanyId(CatalogIds.positive(id)), change));
        record(curator, "company.changed", "company", id, Map.of("name", saved.name()));
        return CatalogEntry.of(saved, ownership.chainOf(saved.id()));
    }

    @PostMapping("/brands")
    @Operation(summary = "Create a brand owned by a company")
    ResponseEntity<CatalogEntry> createBrand(@RequestBody(required = false) CatalogChanges.BrandChange change,
                                             @RequestAttribute(CuratorAuthentication.CURATOR) String curator) {
        Brand saved = brands.save(brand(null, change));
        record(curator, "brand.created", "brand", saved.id().value(), Map.of("name", saved.name()));
        return ResponseEntity.created(URI.create("/api/v1/brands/" + saved.id().value()))
                .body(CatalogEntry.of(saved, ownership.chainOf(saved.id())));
    }

    @PutMapping("/brands/{id}")
    @Operation(summary = "Change a brand: name, owner")
    CatalogEntry changeBrand(@PathVariable long id, @RequestBody(required = false) CatalogChanges.BrandChange change,
                             @RequestAttribute(CuratorAuthentication.CURATOR) String curator) {
        Brand saved = brands.save(brand(new BrandId(CatalogIds.positive(id)), change));
        record(curator, "brand.changed", "brand", id, Map.of("name", saved.name()));
        return CatalogEntry.of(saved, ownership.chainOf(saved.id()));
    }

    @PostMapping("/products")
    @Operation(summary = "Create a product of a brand, with its barcodes")
    ResponseEntity<CatalogEntry> createProduct(@RequestBody(required = false) CatalogChanges.ProductChange change,
                                               @RequestAttribute(CuratorAuthentication.CURATOR) String curator) {
        Product saved = products.save(product(null, change));
        record(curator, "product.created", "product", saved.id().value(), details(saved));
        return ResponseEntity.created(URI.create("/api/v1/products/" + saved.id().value()))
                .body(CatalogEntry.of(saved, ownership.chainOf(saved.id())));
    }

    @PutMapping("/products/{id}")
    @Operation(summary = "Change a product: name, brand, category, barcodes, origin")
    CatalogEntry changeProduct(@PathVariable long id,
                               @RequestBody(required = false) CatalogChanges.ProductChange change,
                               @RequestAttribute(CuratorAuthentication.CURATOR) String curator) {
        Product saved = products.save(product(new ProductId(CatalogIds.positive(id)), change));
        record(curator, "product.changed", "product", id, details(saved));
        return CatalogEntry.of(saved, ownership.chainOf(saved.id()));
    }

    private static Company company(CompanyId id, CatalogChanges.CompanyChange change) {
        requireBody(change);
        return new Company(id, change.name(), CountryCode.parseOptional("country", change.country()),
                Optional.ofNullable(change.parentId()).map(parent -> new CompanyId(
                        CatalogIds.required("parentId", parent))));
    }

    private static Brand brand(BrandId id, CatalogChanges.BrandChange change) {
        requireBody(change);
        return new Brand(id, change.name(), new CompanyId(CatalogIds.required("companyId", change.companyId())));
    }

    private static Product product(ProductId id, CatalogChanges.ProductChange change) {
        requireBody(change);
        List<String> barcodes = change.barcodes() == null ? List.of() : change.barcodes();
        if (barcodes.size() > Product.MAX_BARCODES) {
            throw new InvalidValueException("barcodes", "must be at most " + Product.MAX_BARCODES);
        }
        return new Product(id, change.name(), new BrandId(CatalogIds.required("brandId", change.brandId())),
                change.category(), barcodes.stream().map(CatalogCuration::globalBarcode).collect(Collectors.toSet()),
                CountryCode.parseOptional("origin", change.origin()));
    }

    // an in-store code names nothing outside one shop, so the catalog never holds one
    private static Gtin globalBarcode(String barcode) {
        try {
            return Gtin.parse(barcode).requireGlobal();
        } catch (InvalidValueException e) {
            throw new InvalidValueException("barcodes", "'" + barcode + "' " + e.getMessage());
        }
    }

    private static Map<String, String> details(Product product) {
        return Map.of("name", product.name(), "barcodes",
                product.barcodes().stream().map(Gtin::value).sorted().collect(Collectors.joining(" ")));
    }

    private static void requireBody(Object change) {
        if (change == null) {
            throw new InvalidValueException("body", "must be a JSON object");
        }
    }

    private void record(String curator, String action, String entity, long id, Map<String, String> detail) {
        audit.record(new AuditEvent(null, curator, action, entity, Long.toString(id), detail));
    }
}
