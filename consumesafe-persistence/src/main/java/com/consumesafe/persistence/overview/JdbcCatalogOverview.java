package com.consumesafe.persistence.overview;

import com.consumesafe.domain.catalog.ProductId;
import com.consumesafe.domain.country.CountryCode;
import com.consumesafe.domain.list.Slug;
import com.consumesafe.domain.listing.Severity;
import com.consumesafe.domain.overview.CatalogOverview;
import com.consumesafe.domain.overview.CatalogStats;
import com.consumesafe.domain.overview.CategoryCount;
import com.consumesafe.domain.overview.ProductFilter;
import com.consumesafe.domain.overview.ProductPage;
import com.consumesafe.domain.overview.ProductSummary;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CatalogOverview port on PostgreSQL. Listed products are found from the listings downwards (listed
 * companies, every company they own, their brands, their products), which stays cheap however big the catalog.
 */
@Component
@Transactional(readOnly = true)
class JdbcCatalogOverview implements CatalogOverview {

    private static final String LISTED = """
            WITH RECURSIVE hit AS (
                SELECT l.company_id, l.brand_id, l.product_id
                  FROM listing l JOIN curated_list cl ON cl.id = l.list_id
                 WHERE l.status = 'ACTIVE'
                   AND (CAST(:severity AS text) IS NULL OR l.severity = :severity)
                   AND (CAST(:list AS text) IS NULL OR cl.slug = :list)
            ), owned_company (id) AS (
                SELECT company_id FROM hit WHERE company_id IS NOT NULL
                UNION
                SELECT c.id FROM company c JOIN owned_company o ON c.parent_id = o.id
            ), owned_brand (id) AS (
                SELECT brand_id FROM hit WHERE brand_id IS NOT NULL
                UNION
                SELECT b.id FROM brand b JOIN owned_company o ON b.company_id = o.id
            ), listed_product (id) AS (
                SELECT product_id FROM hit WHERE product_id IS NOT NULL
                UNION
                SELECT p.id FROM product p JOIN owned_brand o ON p.brand_id = o.id
            )
            """;

    private static final String PAGE = """
            SELECT p.id, p.name, b.name AS brand, p.category, p.origin_country, count(*) OVER () AS total
              FROM product p JOIN brand b ON b.id = p.brand_id
             WHERE (NOT :listedOnly OR p.id IN (SELECT id FROM listed_product))
               AND (CAST(:category AS text) IS NULL OR p.category = :category)
             ORDER BY p.name_key, p.id
             LIMIT :size OFFSET :offset
            """;

    private final NamedParameterJdbcTemplate jdbc;

    JdbcCatalogOverview(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ProductPage products(ProductFilter filter, int page, int size) {
        ProductPage.requireValid(page, size);
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("severity", filter.severity().map(Severity::name).orElse(null))
                .addValue("list", filter.list().map(Slug::value).orElse(null))
                .addValue("listedOnly", filter.listedOnly())
                .addValue("category", filter.category().orElse(null))
                .addValue("size", size)
                .addValue("offset", (long) page * size);
        long[] total = {0};
        List<ProductSummary> items = jdbc.query(LISTED + PAGE, parameters, (row, number) -> {
            total[0] = row.getLong("total");
            return new ProductSummary(new ProductId(row.getLong("id")), row.getString("name"), row.getString("brand"),
                    Optional.ofNullable(row.getString("category")).orElse(""),
                    Optional.ofNullable(row.getString("origin_country")).map(CountryCode::new));
        });
        if (items.isEmpty() && page > 0) {
            total[0] = count(filter, parameters);
        }
        return new ProductPage(items, page, size, total[0]);
    }

    @Override
    public List<CategoryCount> categories() {
        return jdbc.query("SELECT category, count(*) AS products FROM product WHERE category IS NOT NULL"
                + " GROUP BY category ORDER BY products DESC, category", new MapSqlParameterSource(),
                (row, number) -> new CategoryCount(row.getString("category"), row.getLong("products")));
    }

    @Override
    public CatalogStats stats() {
        return jdbc.queryForObject("""
                SELECT (SELECT count(*) FROM curated_list) AS lists, (SELECT count(*) FROM company) AS companies,
                       (SELECT count(*) FROM brand) AS brands, (SELECT count(*) FROM product) AS products,
                       (SELECT count(*) FROM product_barcode) AS barcodes,
                       (SELECT count(*) FROM listing WHERE status = 'ACTIVE') AS active_listings,
                       (SELECT count(*) FROM report WHERE status = 'PENDING') AS pending_reports
                """, new MapSqlParameterSource(), (row, number) -> new CatalogStats(row.getLong("lists"),
                row.getLong("companies"), row.getLong("brands"), row.getLong("products"), row.getLong("barcodes"),
                row.getLong("active_listings"), row.getLong("pending_reports")));
    }

    private long count(ProductFilter filter, MapSqlParameterSource parameters) {
        return jdbc.queryForObject(LISTED + """
                SELECT count(*) FROM product p
                 WHERE (NOT :listedOnly OR p.id IN (SELECT id FROM listed_product))
                   AND (CAST(:category AS text) IS NULL OR p.category = :category)
                """, parameters, Long.class);
    }
}
