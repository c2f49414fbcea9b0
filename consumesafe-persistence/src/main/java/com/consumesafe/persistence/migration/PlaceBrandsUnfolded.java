package com.consumesafe.persistence.migration;

import com.consumesafe.domain.country.CountryCode;
import com.consumesafe.domain.imports.NotAMaker;
import com.consumesafe.domain.name.NameKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Migration 10: undoes what the legacy importer did before it knew {@link NotAMaker}: an {@code alternative_brand}
 * such as "Local", "Global" or "Tunisia" became a company and a brand of that name owning every product filed under
 * it. Each such product moves to a brand (and company) of its own name, as the importer now files it; a country
 * asserts the product's origin where none was known; the emptied brand and company go. A company that is listed,
 * owns companies or is named by an alternative is left alone. A product whose own-name brand already holds its name
 * (the importer met it under two such brands) is merged into that one unless it has barcodes, listings or
 * alternatives of its own. Each move, merge and removal is audited; what is left alone is logged.
 */
@Component
public class PlaceBrandsUnfolded implements JavaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(PlaceBrandsUnfolded.class);
    private static final String ACTOR = "migration V10";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("10");
    }

    @Override
    public String getDescription() {
        return "place brands unfolded";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        for (Named company : query(connection, """
                SELECT c.id, c.name FROM company c
                 WHERE c.parent_id IS NULL
                   AND NOT EXISTS (SELECT 1 FROM company child WHERE child.parent_id = c.id)
                   AND NOT EXISTS (SELECT 1 FROM listing l WHERE l.company_id = c.id)
                   AND NOT EXISTS (SELECT 1 FROM alternative a WHERE a.for_company_id = c.id)
                 ORDER BY c.id""")) {
            Optional<NotAMaker> placeOrQuality = NotAMaker.of(company.name());
            if (placeOrQuality.isPresent()) {
                unfold(connection, company, placeOrQuality.get().origin());
            }
        }
    }

    private void unfold(Connection connection, Named company, Optional<CountryCode> origin) throws SQLException {
        List<Named> brands = query(connection, """
                SELECT b.id, b.name FROM brand b WHERE b.company_id = ?
                   AND NOT EXISTS (SELECT 1 FROM listing l WHERE l.brand_id = b.id)
                   AND NOT EXISTS (SELECT 1 FROM alternative a
                                    WHERE a.for_brand_id = b.id OR a.suggested_brand_id = b.id)
                 ORDER BY b.id""", company.id());
        long allBrands = count(connection, "SELECT count(*) FROM brand WHERE company_id = ?", company.id());
        if (brands.size() != allBrands || brands.stream().anyMatch(brand -> NotAMaker.of(brand.name()).isEmpty())) {
            LOG.warn("Company {} ('{}') reads as a place or a quality but has a brand that is a maker, listed or"
                    + " suggested: left as it is", company.id(), company.name());
            return;
        }
        for (Named brand : brands) {
            for (Named product : query(connection, "SELECT id, name FROM product WHERE brand_id = ? ORDER BY id",
                    brand.id())) {
                moveToOwnBrand(connection, product, origin, company);
            }
            if (count(connection, "SELECT count(*) FROM product WHERE brand_id = ?", brand.id()) == 0) {
                update(connection, "DELETE FROM brand WHERE id = ?", brand.id());
            }
        }
        if (count(connection, "SELECT count(*) FROM brand WHERE company_id = ?", company.id()) == 0) {
            update(connection, "DELETE FROM company WHERE id = ?", company.id());
            audit(connection, "company.removed", "company", company.id(), "{\"name\": " + json(company.name()) + "}");
        }
    }

    private void moveToOwnBrand(Connection connection, Named product, Optional<CountryCode> origin, Named former)
            throws SQLException {
        String key = NameKey.of(product.name()).value();
        long ownCompany = findOrInsert(connection, "SELECT id FROM company WHERE parent_id IS NULL AND name_key = ?",
                "INSERT INTO company (name, name_key) VALUES (?, ?) RETURNING id", key, product.name());
        long ownBrand = findOrInsert(connection, "SELECT id FROM brand WHERE company_id = " + ownCompany
                        + " AND name_key = ?",
                "INSERT INTO brand (name, name_key, company_id) VALUES (?, ?, " + ownCompany + ") RETURNING id",
                key, product.name());
        String country = origin.map(CountryCode::value).orElse(null);
        List<Named> same = query(connection, "SELECT id, name FROM product WHERE brand_id = ? AND name_key = ?",
                ownBrand, key);
        if (!same.isEmpty()) {
            mergeInto(connection, product, same.getFirst(), former);
            return;
        }
        update(connection, "UPDATE product SET brand_id = ?, updated_at = now(),"
                + " origin_country = COALESCE(origin_country, CAST(? AS CHAR(2))) WHERE id = ?",
                ownBrand, country, product.id());
        update(connection, "UPDATE alternative SET origin_country = COALESCE(origin_country, CAST(? AS CHAR(2)))"
                + " WHERE suggested_product_id = ?", country, product.id());
        audit(connection, "product.moved", "product", product.id(), "{\"from\": " + json(former.name())
                + ", \"brand\": " + ownBrand + (country == null ? "" : ", \"origin\": " + json(country)) + "}");
    }

    // the importer met one product under two such brands: the second becomes the first, as a merge within a file does
    private void mergeInto(Connection connection, Named product, Named kept, Named former) throws SQLException {
        long references = count(connection, """
                SELECT (SELECT count(*) FROM product_barcode WHERE product_id = ?)
                     + (SELECT count(*) FROM listing WHERE product_id = ?)
                     + (SELECT count(*) FROM alternative WHERE for_product_id = ?)""",
                product.id(), product.id(), product.id());
        if (references > 0) {
            LOG.warn("Product {} ('{}') stays under '{}': its own-name brand already has a product of that name, and"
                    + " it has barcodes, listings or alternatives of its own", product.id(), product.name(),
                    former.name());
            return;
        }
        update(connection, """
                DELETE FROM alternative a WHERE a.suggested_product_id = ? AND EXISTS (
                    SELECT 1 FROM alternative k WHERE k.suggested_product_id = ? AND k.for_kind = a.for_kind
                       AND COALESCE(k.for_company_id, k.for_brand_id, k.for_product_id)
                         = COALESCE(a.for_company_id, a.for_brand_id, a.for_product_id))""",
                product.id(), kept.id());
        update(connection, "UPDATE alternative SET suggested_product_id = ? WHERE suggested_product_id = ?",
                kept.id(), product.id());
        update(connection, "DELETE FROM product WHERE id = ?", product.id());
        audit(connection, "product.merged", "product", product.id(), "{\"from\": " + json(former.name())
                + ", \"into\": " + kept.id() + "}");
    }

    private static long findOrInsert(Connection connection, String find, String insert, String key, String name)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(find)) {
            statement.setString(1, key);
            try (ResultSet row = statement.executeQuery()) {
                if (row.next()) {
                    return row.getLong(1);
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setString(1, name);
            statement.setString(2, key);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void audit(Connection connection, String action, String entity, long id, String detail)
            throws SQLException {
        update(connection, "INSERT INTO audit_event (actor, action, entity, entity_id, detail)"
                + " VALUES (?, ?, ?, ?, CAST(? AS jsonb))", ACTOR, action, entity, Long.toString(id), detail);
    }

    private static List<Named> query(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters);
                   ResultSet rows = statement.executeQuery()) {
            List<Named> found = new ArrayList<>();
            while (rows.next()) {
                found.add(new Named(rows.getLong(1), rows.getString(2)));
            }
            return found;
        }
    }

    private static long count(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters);
                   ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters)) {
            statement.executeUpdate();
        }
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private static String json(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                quoted.append('\\').appendCodePoint(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", c));
            } else {
                quoted.appendCodePoint(c);
            }
        });
        return quoted.append('"').toString();
    }

    /** A row's id and name. */
    private record Named(long id, String name) {
    }
}
