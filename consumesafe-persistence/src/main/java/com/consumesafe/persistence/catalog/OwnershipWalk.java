package com.consumesafe.persistence.catalog;

import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.catalog.Ownership;
import com.consumesafe.domain.catalog.TargetKind;

/**
 * The recursive walk up an ownership chain, as SQL for the adapters that read chains: from a target, or from the
 * product printed with a barcode. Each row is a step: position (1 for the target), kind, id and name.
 */
public final class OwnershipWalk {

    /** The port's limit: the domain takes a chain of that many steps as cut, so reading more would only be dropped. */
    public static final int STEPS_READ = Ownership.MAX_CHAIN;

    /** The common table expressions head (the product and its brand, or the brand) and owners (the companies). */
    public static final String FROM_TARGET = """
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
            """;

    /** The same expressions from the product whose barcode it is (the gtin is the key of product_barcode). */
    public static final String FROM_BARCODE =
            FROM_TARGET.replace("p.id = ?", "p.id = (SELECT product_id FROM product_barcode WHERE gtin = ?)");

    /** The steps of head and owners, unordered. */
    public static final String STEPS = """
            SELECT position, kind, id, name FROM head
            UNION ALL
            SELECT position, 'COMPANY', id, name FROM owners
            """;

    static final String OF_TARGET = FROM_TARGET + STEPS + " ORDER BY position";

    private OwnershipWalk() {
    }

    /** The parameters of {@link #FROM_TARGET}, in order. */
    public static Object[] parameters(ListingTarget target) {
        String kind = target.kind().name();
        long id = target.value();
        return new Object[] {kind, id, kind, id, kind, id, kind, id, STEPS_READ};
    }

    /** The parameters of {@link #FROM_BARCODE}, in order. */
    public static Object[] parameters(Gtin barcode) {
        String kind = TargetKind.PRODUCT.name();
        String gtin = barcode.value();
        // no brand or company id: only the product branches of the walk apply
        return new Object[] {kind, gtin, kind, gtin, kind, 0L, kind, 0L, STEPS_READ};
    }
}
