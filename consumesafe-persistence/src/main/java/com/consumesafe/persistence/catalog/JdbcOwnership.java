package com.consumesafe.persistence.catalog;

import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.catalog.Ownership;
import com.consumesafe.domain.catalog.OwnershipStep;
import com.consumesafe.domain.catalog.TargetKind;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The Ownership port on PostgreSQL: the whole chain in one query, with a recursive walk up the companies. */
@Component
class JdbcOwnership implements Ownership {

    /** One step more than the domain keeps, so that it can tell a cut chain from a complete one. */
    private static final int STEPS_READ = MAX_CHAIN + 1;

    private static final String CHAIN = """
            WITH RECURSIVE head (position, kind, id, name, next_company) AS (
                SELECT 1, 'PRODUCT', p.id, p.name, b.company_id
                  FROM product p JOIN brand b ON b.id = p.brand_id WHERE ? = 'PRODUCT' AND p.id = ?
                UNION ALL
                SELECT 2, 'BRAND', b.id, b.name, b.company_id
                  FROM product p JOIN brand b ON b.id = p.brand_id WHERE ? = 'PRODUCT' AND p.id = ?
                UNION ALL
                SELECT 1, 'BRAND', b.id, b.name, b.company_id FROM brand b WHERE ? = 'BRAND' AND b.id = ?
            ), owners (position, id, name, parent_id) AS (
                SELECT COALESCE((SELECT max(position) FROM head), 0) + 1, c.id, c.name, c.parent_id
                  FROM company c
                 WHERE c.id = CASE WHEN ? = 'COMPANY' THEN ?
                                   ELSE (SELECT next_company FROM head ORDER BY position DESC LIMIT 1) END
                UNION ALL
                SELECT o.position + 1, c.id, c.name, c.parent_id
                  FROM company c JOIN owners o ON c.id = o.parent_id
                 WHERE o.position < ?
            )
            SELECT position, kind, id, name FROM head
            UNION ALL
            SELECT position, 'COMPANY', id, name FROM owners
            ORDER BY position
            """;

    // the same walk, from the product whose barcode it is (the gtin is the primary key of product_barcode)
    private static final String CHAIN_OF_BARCODE =
            CHAIN.replace("p.id = ?", "p.id = (SELECT product_id FROM product_barcode WHERE gtin = ?)");

    private static final RowMapper<OwnershipStep> STEP = (row, number) -> new OwnershipStep(
            ListingTarget.of(TargetKind.valueOf(row.getString("kind")), row.getLong("id")), row.getString("name"));

    private final JdbcTemplate jdbc;

    JdbcOwnership(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<OwnershipStep> chainOf(ListingTarget target) {
        String kind = target.kind().name();
        long id = target.value();
        return jdbc.query(CHAIN, STEP, kind, id, kind, id, kind, id, kind, id, STEPS_READ);
    }

    @Override
    public List<OwnershipStep> chainOfProductWith(Gtin barcode) {
        String kind = TargetKind.PRODUCT.name();
        String gtin = barcode.value();
        // no brand or company id: only the product branches of the walk apply
        return jdbc.query(CHAIN_OF_BARCODE, STEP, kind, gtin, kind, gtin, kind, 0L, kind, 0L, STEPS_READ);
    }
}
