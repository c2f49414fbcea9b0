package com.consumesafe.persistence.imports;

import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.imports.ListingEntry;
import com.consumesafe.domain.listing.ListingStatus;
import com.consumesafe.persistence.catalog.TargetColumns;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts an import's listings on a list in bulk: an active listing of the same target is replaced, a retired one is
 * stored once as history (the same reason twice is the same history).
 */
final class ImportedListings {

    private static final String ON_LIST = "SELECT id, target_kind, COALESCE(company_id, brand_id, product_id)"
            + " AS target, status, reason FROM listing WHERE list_id = ? ORDER BY id";
    private static final String INSERT = "INSERT INTO listing (list_id, target_kind, company_id, brand_id, product_id,"
            + " reason, severity, since, status) SELECT ?::bigint, * FROM unnest(?::text[], ?::bigint[], ?::bigint[],"
            + " ?::bigint[], ?::text[], ?::text[], ?::date[], ?::text[])"
            + " RETURNING id, target_kind, COALESCE(company_id, brand_id, product_id) AS target";
    private static final String UPDATE = "UPDATE listing l SET reason = u.reason, severity = u.severity,"
            + " since = u.since, updated_at = now() FROM unnest(?::bigint[], ?::text[], ?::text[], ?::date[])"
            + " AS u (id, reason, severity, since) WHERE l.id = u.id";
    private static final String DELETE_SOURCES = "DELETE FROM listing_source WHERE listing_id = ANY (?::bigint[])";
    private static final String INSERT_SOURCES = "INSERT INTO listing_source (listing_id, position, url)"
            + " SELECT * FROM unnest(?::bigint[], ?::smallint[], ?::text[])";

    private final JdbcTemplate jdbc;

    ImportedListings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write(long listId, List<ListingEntry> entries, CatalogOutcome outcome) {
        Map<String, List<Long>> activeIds = new HashMap<>();
        Map<String, List<String>> retiredReasons = new HashMap<>();
        jdbc.query(ON_LIST, row -> {
            String slot = row.getString("target_kind") + '/' + row.getLong("target");
            if (ListingStatus.ACTIVE.name().equals(row.getString("status"))) {
                activeIds.computeIfAbsent(slot, key -> new ArrayList<>()).add(row.getLong("id"));
            } else {
                retiredReasons.computeIfAbsent(slot, key -> new ArrayList<>()).add(row.getString("reason"));
            }
        }, listId);
        List<ListingEntry> created = new ArrayList<>();
        Map<Long, ListingEntry> replaced = new HashMap<>();
        for (ListingEntry entry : entries) {
            ListingTarget target = outcome.targets().get(entry.target());
            String slot = TargetColumns.of(target).kind() + '/' + target.value();
            if (entry.status() == ListingStatus.ACTIVE && activeIds.containsKey(slot)) {
                replaced.put(activeIds.get(slot).getFirst(), entry);
            } else if (entry.status() == ListingStatus.ACTIVE
                    || !retiredReasons.getOrDefault(slot, List.of()).contains(entry.reason())) {
                created.add(entry);
            }
        }
        Map<Long, List<URI>> sources = new HashMap<>();
        insert(listId, created, outcome).forEach((id, entry) -> sources.put(id, entry.sources()));
        update(replaced);
        replaced.forEach((id, entry) -> sources.put(id, entry.sources()));
        insertSources(sources);
        outcome.listings(created.size(), replaced.size());
    }

    private Map<Long, ListingEntry> insert(long listId, List<ListingEntry> entries, CatalogOutcome outcome) {
        if (entries.isEmpty()) {
            return Map.of();
        }
        List<String> kinds = new ArrayList<>();
        List<Long> companies = new ArrayList<>();
        List<Long> brands = new ArrayList<>();
        List<Long> products = new ArrayList<>();
        Map<String, ListingEntry> bySlot = new HashMap<>();
        for (ListingEntry entry : entries) {
            ListingTarget target = outcome.targets().get(entry.target());
            TargetColumns columns = TargetColumns.of(target);
            kinds.add(columns.kind());
            companies.add(columns.company());
            brands.add(columns.brand());
            products.add(columns.product());
            bySlot.put(columns.kind() + '/' + target.value(), entry);
        }
        Map<Long, ListingEntry> ids = new HashMap<>();
        jdbc.query(INSERT, row -> {
            ids.put(row.getLong("id"), bySlot.get(row.getString("target_kind") + '/' + row.getLong("target")));
        }, listId, SqlArrays.of("text", kinds), SqlArrays.of("int8", companies), SqlArrays.of("int8", brands),
                SqlArrays.of("int8", products),
                SqlArrays.of("text", entries.stream().map(ListingEntry::reason).toList()),
                SqlArrays.of("text", entries.stream().map(entry -> entry.severity().name()).toList()),
                SqlArrays.of("text", since(entries)),
                SqlArrays.of("text", entries.stream().map(entry -> entry.status().name()).toList()));
        return ids;
    }

    private void update(Map<Long, ListingEntry> replaced) {
        if (replaced.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(replaced.keySet());
        List<ListingEntry> entries = ids.stream().map(replaced::get).toList();
        jdbc.update(UPDATE, SqlArrays.of("int8", ids),
                SqlArrays.of("text", entries.stream().map(ListingEntry::reason).toList()),
                SqlArrays.of("text", entries.stream().map(entry -> entry.severity().name()).toList()),
                SqlArrays.of("text", since(entries)));
        jdbc.update(DELETE_SOURCES, SqlArrays.of("int8", ids));
    }

    private void insertSources(Map<Long, List<URI>> sources) {
        List<Long> ids = new ArrayList<>();
        List<Short> positions = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        sources.forEach((id, list) -> {
            for (int position = 0; position < list.size(); position++) {
                ids.add(id);
                positions.add((short) position);
                urls.add(list.get(position).toString());
            }
        });
        if (!ids.isEmpty()) {
            jdbc.update(INSERT_SOURCES, SqlArrays.of("int8", ids), SqlArrays.of("int2", positions),
                    SqlArrays.of("text", urls));
        }
    }

    private static List<String> since(List<ListingEntry> entries) {
        List<String> dates = new ArrayList<>(entries.size());
        entries.forEach(entry -> dates.add(entry.since().map(Object::toString).orElse(null)));
        return dates;
    }
}
