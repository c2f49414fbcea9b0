package com.consumesafe.persistence.listing;

import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.catalog.OwnershipStep;
import com.consumesafe.domain.catalog.TargetKind;
import com.consumesafe.domain.list.Slug;
import com.consumesafe.domain.listing.ListSelection;
import com.consumesafe.domain.listing.Listing;
import com.consumesafe.domain.verdict.ListedChain;
import com.consumesafe.domain.verdict.ListedChains;
import com.consumesafe.persistence.catalog.OwnershipWalk;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ListedChains port on PostgreSQL: the ownership walk and active_listings (V8) on its steps in one statement, so
 * that a check waits for one round trip to the database rather than two.
 */
@Component
class JdbcListedChains implements ListedChains {

    // steps first (position set), then the listings on them (position null)
    private static final String LISTED = """
            , chain AS (%s)
            SELECT position, kind AS step_kind, id AS step_id, name AS step_name, NULL::BIGINT AS id, NULL AS slug,
                   NULL AS target_kind, NULL::BIGINT AS company_id, NULL::BIGINT AS brand_id,
                   NULL::BIGINT AS product_id, NULL AS reason, NULL AS severity, NULL::DATE AS since, NULL AS status,
                   NULL::TEXT[] AS sources
              FROM chain
            UNION ALL
            SELECT NULL, NULL, NULL, NULL, l.*
              FROM active_listings((SELECT array_agg(id) FROM chain WHERE kind = 'COMPANY'),
                                   (SELECT array_agg(id) FROM chain WHERE kind = 'BRAND'),
                                   (SELECT array_agg(id) FROM chain WHERE kind = 'PRODUCT'), ?, ?::text[]) l
            ORDER BY position NULLS LAST, id
            """.formatted(OwnershipWalk.STEPS);

    private static final String OF_TARGET = OwnershipWalk.FROM_TARGET + LISTED;
    private static final String OF_BARCODE = OwnershipWalk.FROM_BARCODE + LISTED;

    private final JdbcTemplate jdbc;

    JdbcListedChains(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ListedChain of(ListingTarget target, ListSelection lists) {
        return read(OF_TARGET, OwnershipWalk.parameters(target), lists);
    }

    @Override
    public ListedChain ofProductWith(Gtin barcode, ListSelection lists) {
        return read(OF_BARCODE, OwnershipWalk.parameters(barcode), lists);
    }

    private ListedChain read(String sql, Object[] walk, ListSelection lists) {
        String slugs = lists.slugs().stream().map(Slug::value).collect(Collectors.joining(",", "{", "}"));
        Object[] parameters = Stream.concat(Stream.of(walk), Stream.of(lists.isAll(), slugs)).toArray();
        List<OwnershipStep> steps = new ArrayList<>();
        List<Listing> listings = new ArrayList<>();
        jdbc.query(sql, row -> {
            if (row.getObject("position") != null) {
                steps.add(new OwnershipStep(ListingTarget.of(TargetKind.valueOf(row.getString("step_kind")),
                        row.getLong("step_id")), row.getString("step_name")));
            } else {
                listings.add(ListingRows.read(row));
            }
        }, parameters);
        return new ListedChain(steps, listings);
    }
}
