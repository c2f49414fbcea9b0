package com.consumesafe.persistence.catalog;

import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.catalog.BrandId;
import com.consumesafe.domain.catalog.CatalogFixture;
import com.consumesafe.domain.catalog.CompanyId;
import com.consumesafe.domain.catalog.ProductId;
import com.consumesafe.domain.list.Slug;
import com.consumesafe.domain.name.NameKey;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/** Puts catalog rows in place for the port contracts, with name keys from the domain's one normaliser. */
public final class JdbcCatalogFixture implements CatalogFixture {

    private final JdbcTemplate jdbc;

    public JdbcCatalogFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CompanyId company(String name, Optional<CompanyId> parent) {
        return new CompanyId(jdbc.queryForObject(
                "INSERT INTO company (name, name_key, parent_id) VALUES (?, ?, ?) RETURNING id", Long.class,
                name, NameKey.of(name).value(), parent.map(CompanyId::value).orElse(null)));
    }

    @Override
    public BrandId brand(String name, CompanyId company) {
        return new BrandId(jdbc.queryForObject(
                "INSERT INTO brand (name, name_key, company_id) VALUES (?, ?, ?) RETURNING id", Long.class,
                name, NameKey.of(name).value(), company.value()));
    }

    @Override
    public ProductId product(String name, BrandId brand, Set<Gtin> barcodes) {
        long id = jdbc.queryForObject("INSERT INTO product (name, name_key, brand_id) VALUES (?, ?, ?) RETURNING id",
                Long.class, name, NameKey.of(name).value(), brand.value());
        barcodes.forEach(barcode -> jdbc.update("INSERT INTO product_barcode (gtin, product_id) VALUES (?, ?)",
                barcode.value(), id));
        return new ProductId(id);
    }

    @Override
    public void list(Slug slug) {
        jdbc.update("INSERT INTO curated_list (slug, title) VALUES (?, ?) ON CONFLICT (slug) DO NOTHING",
                slug.value(), slug.value());
    }
}
