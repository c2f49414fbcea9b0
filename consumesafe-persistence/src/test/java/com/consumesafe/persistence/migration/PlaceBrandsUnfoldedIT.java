package com.consumesafe.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.consumesafe.persistence.PersistenceIT;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/** Migration 10 on a catalog as the legacy importer used to leave it, in the test's transaction. */
@PersistenceIT
class PlaceBrandsUnfoldedIT {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private DataSource dataSource;

    @Test
    void moves_products_out_of_place_and_quality_brands_and_removes_those() throws Exception {
        long listed = company("Migrova Foods");
        long listedBrand = brand("Migrova Foods", listed);
        long listedProduct = product("Migrova Latte", listedBrand);
        long local = company("Local");
        long localBrand = brand("Local", local);
        long pizza = product("Migrova Pizza Sidi", localBrand);
        long tunisia = company("Tunisia");
        long water = product("Migrova Safia", brand("Tunisia", tunisia));
        long global = company("Global");
        long globalBrand = brand("Global", global);
        long again = product("Migrova Pizza Sidi", globalBrand);
        alternative(listedProduct, pizza);
        alternative(listedProduct, water);
        jdbc.update("INSERT INTO curated_list (slug, title) VALUES ('migrova', 'Migrova')");
        jdbc.update("INSERT INTO listing (list_id, target_kind, company_id, reason, severity)"
                + " SELECT id, 'COMPANY', ?, 'Made up', 'HIGH' FROM curated_list WHERE slug = 'migrova'", listed);
        long kept = company("Various");
        long keptBrand = brand("Various", kept);
        product("Migrova Kept", keptBrand);
        jdbc.update("INSERT INTO alternative (for_kind, for_product_id, suggested_brand_id) VALUES ('PRODUCT', ?, ?)",
                listedProduct, keptBrand);

        migrate();

        assertThat(jdbc.queryForList("SELECT name FROM company WHERE id IN (?, ?, ?)", String.class, local, tunisia,
                global)).isEmpty();
        assertThat(ownerOf(pizza)).containsExactly("Migrova Pizza Sidi", "Migrova Pizza Sidi");
        assertThat(ownerOf(water)).containsExactly("Migrova Safia", "Migrova Safia");
        assertThat(jdbc.queryForObject("SELECT origin_country FROM product WHERE id = ?", String.class, water))
                .isEqualTo("TN");
        assertThat(jdbc.queryForList("SELECT suggested_product_id, origin_country FROM alternative"
                + " WHERE for_product_id = ? AND suggested_product_id IS NOT NULL ORDER BY suggested_product_id",
                listedProduct)).extracting(row -> row.get("suggested_product_id"), row -> row.get("origin_country"))
                .containsExactly(tuple(pizza, null), tuple(water, "TN"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM product WHERE id = ?", Integer.class, again)).isZero();
        assertThat(ownerOf(listedProduct)).containsExactly("Migrova Foods", "Migrova Foods");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM company WHERE id = ?", Integer.class, kept))
                .as("a brand named by an alternative stays").isOne();
        List<Map<String, Object>> audit = jdbc.queryForList("SELECT action, entity_id FROM audit_event"
                + " WHERE actor = 'migration V10' ORDER BY id");
        assertThat(audit).extracting(row -> row.get("action")).contains("product.moved", "product.merged",
                "company.removed");
    }

    private void migrate() throws Exception {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        new PlaceBrandsUnfolded().migrate(new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        });
    }

    private List<String> ownerOf(long product) {
        return jdbc.queryForList("SELECT unnest(ARRAY[b.name, c.name]) FROM product p JOIN brand b ON b.id ="
                + " p.brand_id JOIN company c ON c.id = b.company_id WHERE p.id = ?", String.class, product);
    }

    private long company(String name) {
        return jdbc.queryForObject("INSERT INTO company (name, name_key) VALUES (?, lower(?)) RETURNING id",
                Long.class, name, name);
    }

    private long brand(String name, long company) {
        return jdbc.queryForObject("INSERT INTO brand (name, name_key, company_id) VALUES (?, lower(?), ?)"
                + " RETURNING id", Long.class, name, name, company);
    }

    private long product(String name, long brand) {
        return jdbc.queryForObject("INSERT INTO product (name, name_key, brand_id) VALUES (?, lower(?), ?)"
                + " RETURNING id", Long.class, name, name, brand);
    }

    private void alternative(long forProduct, long suggested) {
        jdbc.update("INSERT INTO alternative (for_kind, for_product_id, suggested_product_id) VALUES"
                + " ('PRODUCT', ?, ?)", forProduct, suggested);
    }
}
