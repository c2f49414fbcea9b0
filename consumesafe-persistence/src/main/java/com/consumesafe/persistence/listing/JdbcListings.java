package com.consumesafe.persistence.listing;

import com.consumesafe.domain.NotFoundException;
import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.catalog.TargetKind;
import com.consumesafe.domain.list.Slug;
import com.consumesafe.domain.listing.ListSelection;
import com.consumesafe.domain.listing.Listing;
import com.consumesafe.domain.listing.ListingId;
import com.consumesafe.domain.listing.Listings;
import com.consumesafe.persistence.catalog.TargetColumns;
import java.net.URI;
import java.sql.Date;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The Listings port on PostgreSQL. */
@Component
class JdbcListings implements Listings {

    private static final String COLUMNS = """
            SELECT l.id, cl.slug, l.target_kind, l.company_id, l.brand_id, l.product_id, l.reason, l.severity,
                   l.since, l.status,
                   ARRAY(SELECT s.url FROM listing_source s WHERE s.listing_id = l.id ORDER BY s.position) AS sources
              FROM listing l JOIN curated_list cl ON cl.id = l.list_id
            """;

    // the query lives in V8__active_listings.sql, where its generic plan is forced: it runs on every check
    private static final String ACTIVE_ON = "SELECT * FROM active_listings(?::bigint[], ?::bigint[], ?::bigint[], ?,"
            + " ?::text[])";

    private final JdbcTemplate jdbc;

    JdbcListings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // one statement, so no transaction of its own: a check calls this on every request
    @Override
    public List<Listing> activeOn(Collection<? extends ListingTarget> targets, ListSelection lists) {
        if (targets.isEmpty()) {
            return List.of();
        }
        String slugs = lists.slugs().stream().map(Slug::value).collect(Collectors.joining(",", "{", "}"));
        return jdbc.query(ACTIVE_ON, (row, number) -> ListingRows.read(row),
                TargetColumns.idsOf(targets, TargetKind.COMPANY), TargetColumns.idsOf(targets, TargetKind.BRAND),
                TargetColumns.idsOf(targets, TargetKind.PRODUCT), lists.isAll(), slugs);
    }

    @Override
    @Transactional
    public Listing save(Listing listing) {
        Long list = jdbc.query("SELECT id FROM curated_list WHERE slug = ?", (row, number) -> row.getLong(1),
                listing.list().value()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("list", listing.list().value()));
        TargetColumns target = TargetColumns.of(listing.target());
        Date since = listing.since().map(Date::valueOf).orElse(null);
        long id;
        if (listing.id() == null) {
            id = jdbc.queryForObject("INSERT INTO listing (list_id, target_kind, company_id, brand_id, product_id,"
                    + " reason, severity, since, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id", Long.class,
                    list, target.kind(), target.company(), target.brand(), target.product(), listing.reason(),
                    listing.severity().name(), since, listing.status().name());
        } else {
            id = listing.id().value();
            int updated = jdbc.update("UPDATE listing SET list_id = ?, target_kind = ?, company_id = ?, brand_id = ?,"
                    + " product_id = ?, reason = ?, severity = ?, since = ?, status = ?, updated_at = now()"
                    + " WHERE id = ?", list, target.kind(), target.company(), target.brand(), target.product(),
                    listing.reason(), listing.severity().name(), since, listing.status().name(), id);
            if (updated == 0) {
                throw new NotFoundException("listing", Long.toString(id));
            }
            jdbc.update("DELETE FROM listing_source WHERE listing_id = ?", id);
        }
        List<URI> sources = listing.sources();
        for (int position = 0; position < sources.size(); position++) {
            jdbc.update("INSERT INTO listing_source (listing_id, position, url) VALUES (?, ?, ?)",
                    id, position, sources.get(position).toString());
        }
        return listing.withId(new ListingId(id));
    }

    @Override
    public Optional<Listing> find(ListingId id) {
        return jdbc.query(COLUMNS + " WHERE l.id = ?", (row, number) -> ListingRows.read(row), id.value()).stream()
                .findFirst();
    }
}
