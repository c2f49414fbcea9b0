package com.consumesafe.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The catalog's rules that the database enforces by itself, whatever code writes to it. */
@PersistenceIT
class CatalogSchemaIT {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void refuses_an_ownership_cycle_at_any_depth() {
        long top = company("top co", null);
        long middle = company("middle co", top);
        long bottom = company("bottom co", middle);

        assertThat(refused("UPDATE company SET parent_id = ? WHERE id = ?", bottom, top))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("would own itself");
        assertThat(refused("UPDATE company SET parent_id = id WHERE id = ?", middle))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_name_key_is_unique_within_its_parent_only() {
        long first = company("group one", null);
        long second = company("group two", null);
        company("holdings", first);
        company("holdings", second);

        assertThat(refused("INSERT INTO company (name, name_key, parent_id) VALUES ('H', 'holdings', ?)", first))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("company_name_key_per_parent");
        assertThat(refused("INSERT INTO company (name, name_key) VALUES ('Group One', 'group one')"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("company_name_key_per_parent");
    }

    @Test
    void a_barcode_names_one_product_in_gtin_14_form() {
        long product = product("cola", brand("colabrand", company("cola co", null)));
        long other = product("other cola", brand("otherbrand", company("other co", null)));
        jdbc.update("INSERT INTO product_barcode (gtin, product_id) VALUES ('00036000291452', ?)", product);

        assertThat(refused("INSERT INTO product_barcode (gtin, product_id) VALUES ('00036000291452', ?)", other))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(refused("INSERT INTO product_barcode (gtin, product_id) VALUES ('036000291452', ?)", other))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("product_barcode_gtin_form");
    }

    @Test
    void a_listing_targets_exactly_one_thing_and_cites_only_web_sources() {
        long company = company("listed co", null);
        long brand = brand("listed brand", company);
        long list = jdbc.queryForObject(
                "INSERT INTO curated_list (slug, title) VALUES ('schema-list', 'Schema') RETURNING id", Long.class);

        assertThat(refused("INSERT INTO listing (list_id, target_kind, company_id, brand_id, reason,"
                + " severity) VALUES (?, 'COMPANY', ?, ?, 'why', 'HIGH')", list, company, brand))
                .hasMessageContaining("listing_one_target");
        long listing = jdbc.queryForObject("INSERT INTO listing (list_id, target_kind, brand_id, reason, severity)"
                + " VALUES (?, 'BRAND', ?, 'why', 'LOW') RETURNING id", Long.class, list, brand);
        assertThat(refused("INSERT INTO listing (list_id, target_kind, brand_id, reason, severity)"
                + " VALUES (?, 'BRAND', ?, 'again', 'LOW')", list, brand))
                .hasMessageContaining("listing_active_once");
        assertThat(refused(
                "INSERT INTO listing_source (listing_id, position, url) VALUES (?, 1, 'javascript:alert(1)')", listing))
                .hasMessageContaining("listing_source_http");
        jdbc.update("INSERT INTO listing_source (listing_id, position, url) VALUES (?, 1, 'https://example.org/a')",
                listing);
    }

    @Test
    void trigram_similarity_is_available_for_typo_tolerant_search() {
        Double similarity = jdbc.queryForObject("SELECT similarity('nestle', 'nestel')", Double.class);

        assertThat(similarity).isGreaterThan(0.3);
    }

    /** Runs a statement that must fail, inside a savepoint so that the test's transaction goes on. */
    private DataAccessException refused(String sql, Object... arguments) {
        jdbc.execute("SAVEPOINT refused");
        try {
            jdbc.update(sql, arguments);
        } catch (DataAccessException expected) {
            jdbc.execute("ROLLBACK TO SAVEPOINT refused");
            return expected;
        }
        throw new AssertionError("The database accepted: " + sql);
    }

    private long company(String key, Long parent) {
        return jdbc.queryForObject("INSERT INTO company (name, name_key, parent_id) VALUES (?, ?, ?) RETURNING id",
                Long.class, key, key, parent);
    }

    private long brand(String key, long company) {
        return jdbc.queryForObject("INSERT INTO brand (name, name_key, company_id) VALUES (?, ?, ?) RETURNING id",
                Long.class, key, key, company);
    }

    private long product(String key, long brand) {
        return jdbc.queryForObject("INSERT INTO product (name, name_key, brand_id) VALUES (?, ?, ?) RETURNING id",
                Long.class, key, key, brand);
    }
}
