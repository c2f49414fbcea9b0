package com.consumesafe.persistence.alternative;

import com.consumesafe.domain.alternative.Alternative;
import com.consumesafe.domain.alternative.Alternatives;
import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.catalog.TargetKind;
import com.consumesafe.domain.country.CountryCode;
import com.consumesafe.persistence.catalog.TargetColumns;
import com.consumesafe.persistence.imports.SqlArrays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The Alternatives port on PostgreSQL; a suggestion saved again replaces its origin and note. */
@Component
class JdbcAlternatives implements Alternatives {

    private static final String SUGGESTED_FOR = """
            SELECT for_kind, for_company_id, for_brand_id, for_product_id,
                   CASE WHEN suggested_product_id IS NULL THEN 'BRAND' ELSE 'PRODUCT' END AS suggested_kind,
                   suggested_brand_id, suggested_product_id, origin_country, note
              FROM alternative
             WHERE for_company_id = ANY (?::bigint[]) OR for_brand_id = ANY (?::bigint[])
                OR for_product_id = ANY (?::bigint[])
             ORDER BY id
            """;

    private static final String SAVE = """
            INSERT INTO alternative (for_kind, for_company_id, for_brand_id, for_product_id,
                                     suggested_brand_id, suggested_product_id, origin_country, note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (for_kind, COALESCE(for_company_id, for_brand_id, for_product_id),
                         COALESCE(suggested_product_id, -suggested_brand_id))
            DO UPDATE SET origin_country = EXCLUDED.origin_country, note = EXCLUDED.note
            """;

    // xmax is 0 on a row this statement inserted, and set on one it updated: only the first are new
    private static final String SAVE_ALL = """
            INSERT INTO alternative (for_kind, for_company_id, for_brand_id, for_product_id,
                                     suggested_brand_id, suggested_product_id, origin_country, note)
            SELECT * FROM unnest(?::text[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[],
                                 ?::text[], ?::text[])
            ON CONFLICT (for_kind, COALESCE(for_company_id, for_brand_id, for_product_id),
                         COALESCE(suggested_product_id, -suggested_brand_id))
            DO UPDATE SET origin_country = EXCLUDED.origin_country, note = EXCLUDED.note
            RETURNING (xmax = 0) AS created
            """;

    private final JdbcTemplate jdbc;

    JdbcAlternatives(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Alternative> suggestedFor(Collection<? extends ListingTarget> targets) {
        if (targets.isEmpty()) {
            return List.of();
        }
        return jdbc.query(SUGGESTED_FOR, (row, number) -> alternative(row),
                TargetColumns.idsOf(targets, TargetKind.COMPANY), TargetColumns.idsOf(targets, TargetKind.BRAND),
                TargetColumns.idsOf(targets, TargetKind.PRODUCT));
    }

    @Override
    public Alternative save(Alternative alternative) {
        TargetColumns insteadOf = TargetColumns.of(alternative.insteadOf());
        TargetColumns suggested = TargetColumns.of(alternative.suggested());
        jdbc.update(SAVE, insteadOf.kind(), insteadOf.company(), insteadOf.brand(), insteadOf.product(),
                suggested.brand(), suggested.product(), alternative.origin().map(CountryCode::value).orElse(null),
                alternative.note());
        return alternative;
    }

    @Override
    public int saveAll(List<Alternative> alternatives) {
        if (alternatives.isEmpty()) {
            return 0;
        }
        // one statement; the same suggestion twice is stored once (the last one wins), as saving it twice would
        Map<List<Object>, Alternative> distinct = new LinkedHashMap<>();
        alternatives.forEach(alternative -> distinct.put(List.of(alternative.insteadOf(), alternative.suggested()),
                alternative));
        List<TargetColumns> insteadOf = distinct.values().stream().map(a -> TargetColumns.of(a.insteadOf())).toList();
        List<TargetColumns> suggested = distinct.values().stream().map(a -> TargetColumns.of(a.suggested())).toList();
        List<Boolean> created = jdbc.query(SAVE_ALL, (row, number) -> row.getBoolean("created"),
                SqlArrays.of("text", insteadOf.stream().map(TargetColumns::kind).toList()),
                SqlArrays.of("int8", insteadOf.stream().map(TargetColumns::company).toList()),
                SqlArrays.of("int8", insteadOf.stream().map(TargetColumns::brand).toList()),
                SqlArrays.of("int8", insteadOf.stream().map(TargetColumns::product).toList()),
                SqlArrays.of("int8", suggested.stream().map(TargetColumns::brand).toList()),
                SqlArrays.of("int8", suggested.stream().map(TargetColumns::product).toList()),
                SqlArrays.of("text", distinct.values().stream()
                        .map(a -> a.origin().map(CountryCode::value).orElse(null)).toList()),
                SqlArrays.of("text", distinct.values().stream().map(Alternative::note).toList()));
        return (int) created.stream().filter(Boolean::booleanValue).count();
    }

    @Override
    public boolean withdraw(ListingTarget insteadOf, ListingTarget suggested) {
        TargetColumns instead = TargetColumns.of(insteadOf);
        TargetColumns suggestion = TargetColumns.of(suggested);
        return jdbc.update("DELETE FROM alternative WHERE for_kind = ?"
                + " AND COALESCE(for_company_id, for_brand_id, for_product_id) = ?"
                + " AND COALESCE(suggested_product_id, -suggested_brand_id) = ?", instead.kind(), insteadOf.value(),
                suggestion.product() != null ? suggestion.product() : -suggestion.brand()) > 0;
    }

    private static Alternative alternative(ResultSet row) throws SQLException {
        return new Alternative(TargetColumns.read(row, "for_kind", "for_").orElseThrow(),
                TargetColumns.read(row, "suggested_kind", "suggested_").orElseThrow(),
                Optional.ofNullable(row.getString("origin_country")).map(CountryCode::new), row.getString("note"));
    }
}
