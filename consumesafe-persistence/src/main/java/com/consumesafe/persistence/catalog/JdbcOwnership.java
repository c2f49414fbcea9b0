package com.consumesafe.persistence.catalog;

import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.catalog.Ownership;
import com.consumesafe.domain.catalog.OwnershipStep;
import com.consumesafe.domain.catalog.TargetKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.stereotype.Component;

/** The Ownership port on PostgreSQL: the whole chain in one query, with a recursive walk up the companies. */
@Component
class JdbcOwnership implements Ownership {

    private static final RowMapper<OwnershipStep> STEP = (row, number) -> new OwnershipStep(
            ListingTarget.of(TargetKind.valueOf(row.getString("kind")), row.getLong("id")), row.getString("name"));
    // the same walk for many targets at once, each row saying whose chain it is; joins only, so it grows linearly
    private static final String CHAINS = """
            WITH RECURSIVE wanted (kind, target) AS (SELECT * FROM unnest(?::text[], ?::bigint[])),
            head (kind, target, position, step_kind, id, name, next_company) AS (
                SELECT w.kind, w.target, 1, 'PRODUCT', p.id, p.name, b.company_id
                  FROM wanted w JOIN product p ON w.kind = 'PRODUCT' AND p.id = w.target
                  JOIN brand b ON b.id = p.brand_id
                UNION ALL
                SELECT w.kind, w.target, 2, 'BRAND', b.id, b.name, b.company_id
                  FROM wanted w JOIN product p ON w.kind = 'PRODUCT' AND p.id = w.target
                  JOIN brand b ON b.id = p.brand_id
                UNION ALL
                SELECT w.kind, w.target, 1, 'BRAND', b.id, b.name, b.company_id
                  FROM wanted w JOIN brand b ON w.kind = 'BRAND' AND b.id = w.target
            ), owners (kind, target, position, id, name, parent_id) AS (
                SELECT w.kind, w.target, CASE w.kind WHEN 'PRODUCT' THEN 3 WHEN 'BRAND' THEN 2 ELSE 1 END,
                       c.id, c.name, c.parent_id
                  FROM wanted w
                  LEFT JOIN product p ON w.kind = 'PRODUCT' AND p.id = w.target
                  LEFT JOIN brand b ON b.id = CASE w.kind WHEN 'PRODUCT' THEN p.brand_id
                                                          WHEN 'BRAND' THEN w.target END
                  JOIN company c ON c.id = CASE w.kind WHEN 'COMPANY' THEN w.target ELSE b.company_id END
                UNION ALL
                SELECT o.kind, o.target, o.position + 1, c.id, c.name, c.parent_id
                  FROM company c JOIN owners o ON c.id = o.parent_id
                 WHERE o.position < ?
            )
            SELECT kind, target, position, step_kind, id, name FROM head
            UNION ALL
            SELECT kind, target, position, 'COMPANY', id, name FROM owners
            ORDER BY kind, target, position
            """;

    // planning the query of many chains (0.7 ms) costs more than a few walks of one (0.1 ms each): a check has few
    private static final int FEW = 4;

    private final JdbcTemplate jdbc;

    JdbcOwnership(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<OwnershipStep> chainOf(ListingTarget target) {
        return jdbc.query(OwnershipWalk.OF_TARGET, STEP, OwnershipWalk.parameters(target));
    }

    @Override
    public Map<ListingTarget, List<OwnershipStep>> chainsOf(Collection<? extends ListingTarget> targets) {
        if (targets.size() <= FEW) {
            return Ownership.super.chainsOf(targets);
        }
        Map<ListingTarget, List<OwnershipStep>> chains = new LinkedHashMap<>();
        Map<String, ListingTarget> wanted = new HashMap<>();
        targets.forEach(target -> wanted.put(target.kind().name() + '/' + target.value(), target));
        List<String> kinds = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        wanted.values().forEach(target -> {
            kinds.add(target.kind().name());
            ids.add(target.value());
        });
        Map<ListingTarget, List<OwnershipStep>> found = new HashMap<>();
        jdbc.query(CHAINS, row -> {
            ListingTarget target = wanted.get(row.getString("kind") + '/' + row.getLong("target"));
            found.computeIfAbsent(target, key -> new ArrayList<>()).add(new OwnershipStep(
                    ListingTarget.of(TargetKind.valueOf(row.getString("step_kind")), row.getLong("id")),
                    row.getString("name")));
        }, (SqlTypeValue) (statement, index, type, name) -> statement.setArray(index,
                statement.getConnection().createArrayOf("text", kinds.toArray())),
                (SqlTypeValue) (statement, index, type, name) -> statement.setArray(index,
                        statement.getConnection().createArrayOf("int8", ids.toArray())), OwnershipWalk.STEPS_READ);
        // in the order asked, as the one-by-one default answers
        for (ListingTarget target : targets) {
            List<OwnershipStep> chain = found.get(wanted.get(target.kind().name() + '/' + target.value()));
            if (chain != null) {
                chains.put(target, chain);
            }
        }
        return chains;
    }
}
