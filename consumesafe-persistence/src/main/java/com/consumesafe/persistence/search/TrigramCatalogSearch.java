package com.consumesafe.persistence.search;

import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.catalog.TargetKind;
import com.consumesafe.domain.name.NameKey;
import com.consumesafe.domain.search.CatalogMatch;
import com.consumesafe.domain.search.CatalogSearch;
import com.consumesafe.domain.search.MatchQuality;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The CatalogSearch port on PostgreSQL. Each table is asked for exact and prefix matches (b-tree on name_key)
 * and for names within pg_trgm's similarity threshold (GIN trigram index); PostgreSQL ranks the union.
 */
@Component
class TrigramCatalogSearch implements CatalogSearch {

    private static final String PER_TABLE = """
            SELECT '%1$s' AS kind, id, name, name_key,
                   CASE WHEN name_key = :key THEN 0 WHEN name_key LIKE :prefix THEN 1 ELSE 2 END AS quality,
                   similarity(name_key, :key) AS similarity
              FROM %2$s
             WHERE name_key = :key OR name_key LIKE :prefix OR name_key %% :key
            """;

    private static final String SEARCH = "SELECT kind, id, name, quality, similarity FROM ("
            + PER_TABLE.formatted("COMPANY", "company") + " UNION ALL "
            + PER_TABLE.formatted("BRAND", "brand") + " UNION ALL "
            + PER_TABLE.formatted("PRODUCT", "product")
            + ") matches ORDER BY quality, similarity DESC, length(name_key), kind, id LIMIT :limit";

    private static final MatchQuality[] QUALITIES = MatchQuality.values();

    private final NamedParameterJdbcTemplate jdbc;

    TrigramCatalogSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CatalogMatch> search(NameKey query, int limit) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("key", query.value())
                // a name key holds only letters, digits and single spaces, so it carries no LIKE wildcard
                .addValue("prefix", query.value() + "%")
                .addValue("limit", Math.clamp(limit, 1, MAX_LIMIT));
        return jdbc.query(SEARCH, parameters, (row, number) -> new CatalogMatch(
                ListingTarget.of(TargetKind.valueOf(row.getString("kind")), row.getLong("id")),
                row.getString("name"), QUALITIES[row.getInt("quality")], row.getDouble("similarity")));
    }
}
