package com.consumesafe.persistence.catalog;

import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.catalog.Barcodes;
import com.consumesafe.domain.catalog.ProductId;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The Barcodes port on PostgreSQL: one primary-key look-up of the normalised GTIN-14. */
@Component
class JdbcBarcodes implements Barcodes {

    private final JdbcTemplate jdbc;

    JdbcBarcodes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ProductId> productWith(Gtin barcode) {
        return jdbc.query("SELECT product_id FROM product_barcode WHERE gtin = ?",
                (row, number) -> new ProductId(row.getLong(1)), barcode.value()).stream().findFirst();
    }
}
