package com.consumesafe.persistence.catalog;

import com.consumesafe.domain.NotFoundException;
import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.catalog.BrandId;
import com.consumesafe.domain.catalog.Product;
import com.consumesafe.domain.catalog.ProductId;
import com.consumesafe.domain.catalog.Products;
import com.consumesafe.domain.country.CountryCode;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The Products port on PostgreSQL; a product's barcodes are replaced with it. */
@Component
class JdbcProducts implements Products {

    private final JdbcTemplate jdbc;
    private final IntegrityViolations refusals;

    JdbcProducts(JdbcTemplate jdbc, IntegrityViolations refusals) {
        this.jdbc = jdbc;
        this.refusals = refusals;
    }

    @Override
    @Transactional
    public Product save(Product product) {
        String brand = Long.toString(product.brand().value());
        String origin = product.origin().map(CountryCode::value).orElse(null);
        String category = product.category().isEmpty() ? null : product.category();
        long id;
        if (product.id() == null) {
            id = refusals.translated(() -> jdbc.queryForObject("INSERT INTO product (name, name_key,"
                    + " brand_id, category, origin_country) VALUES (?, ?, ?, ?, ?) RETURNING id", Long.class,
                    product.name(), product.key().value(), product.brand().value(), category, origin), "brand", brand);
        } else {
            id = product.id().value();
            int updated = refusals.translated(() -> jdbc.update("UPDATE product SET name = ?, name_key = ?,"
                    + " brand_id = ?, category = ?, origin_country = ?, updated_at = now() WHERE id = ?",
                    product.name(), product.key().value(), product.brand().value(), category, origin, id),
                    "brand", brand);
            if (updated == 0) {
                throw new NotFoundException("product", Long.toString(id));
            }
            jdbc.update("DELETE FROM product_barcode WHERE product_id = ?", id);
        }
        for (Gtin barcode : product.barcodes()) {
            refusals.translated(() -> jdbc.update(
                    "INSERT INTO product_barcode (gtin, product_id) VALUES (?, ?)", barcode.value(), id),
                    "product", Long.toString(id));
        }
        return new Product(new ProductId(id), product.name(), product.brand(), product.category(),
                product.barcodes(), product.origin());
    }

    @Override
    public Optional<Product> find(ProductId id) {
        return jdbc.query("SELECT p.id, p.name, p.brand_id, p.category, p.origin_country,"
                + " ARRAY(SELECT gtin FROM product_barcode b WHERE b.product_id = p.id ORDER BY gtin) AS barcodes"
                + " FROM product p WHERE p.id = ?", (row, number) -> new Product(new ProductId(row.getLong("id")),
                        row.getString("name"), new BrandId(row.getLong("brand_id")), row.getString("category"),
                        Arrays.stream((String[]) row.getArray("barcodes").getArray()).map(Gtin::new)
                                .collect(Collectors.toSet()),
                        Optional.ofNullable(row.getString("origin_country")).map(CountryCode::new)),
                id.value()).stream().findFirst();
    }
}
