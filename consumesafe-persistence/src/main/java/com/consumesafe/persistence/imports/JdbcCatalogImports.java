package com.consumesafe.persistence.imports;

import com.consumesafe.domain.NotFoundException;
import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.catalog.BrandId;
import com.consumesafe.domain.catalog.CompanyId;
import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.catalog.ProductId;
import com.consumesafe.domain.country.CountryCode;
import com.consumesafe.domain.imports.BrandEntry;
import com.consumesafe.domain.imports.CatalogImports;
import com.consumesafe.domain.imports.CompanyEntry;
import com.consumesafe.domain.imports.ImportPlan;
import com.consumesafe.domain.imports.ImportRejectedException;
import com.consumesafe.domain.imports.ImportWarning;
import com.consumesafe.domain.imports.ListingEntry;
import com.consumesafe.domain.imports.ProductEntry;
import com.consumesafe.domain.imports.RowError;
import com.consumesafe.domain.imports.TargetRef;
import com.consumesafe.domain.imports.WrittenCatalog;
import com.consumesafe.domain.list.Slug;
import com.consumesafe.domain.listing.Listing;
import com.consumesafe.domain.listing.ListingId;
import com.consumesafe.domain.listing.ListingStatus;
import com.consumesafe.domain.listing.Listings;
import com.consumesafe.domain.name.NameKey;
import com.consumesafe.persistence.catalog.TargetColumns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CatalogImports port on PostgreSQL: companies, brands and products are matched by name key within their
 * owner (the unique keys of the schema) and created when missing; what exists is left as it is.
 */
@Component
class JdbcCatalogImports implements CatalogImports {

    private static final String FIND_COMPANY = "SELECT id, parent_id FROM company WHERE name_key = ?"
            + " ORDER BY (parent_id IS NOT DISTINCT FROM ?) DESC, id LIMIT 1";
    private static final String FIND_LISTING = "SELECT id FROM listing WHERE list_id = ? AND status = ?"
            + " AND target_kind = ? AND COALESCE(company_id, brand_id, product_id) = ? AND (? OR reason = ?)"
            + " ORDER BY id LIMIT 1";

    private final JdbcTemplate jdbc;
    private final Listings listings;
    private final ListExport export;

    JdbcCatalogImports(JdbcTemplate jdbc, Listings listings) {
        this.jdbc = jdbc;
        this.listings = listings;
        this.export = new ListExport(jdbc);
    }

    @Override
    @Transactional
    public WrittenCatalog write(Slug list, ImportPlan plan) {
        long listId = jdbc.query("SELECT id FROM curated_list WHERE slug = ?", (row, number) -> row.getLong(1),
                list.value()).stream().findFirst().orElseThrow(() -> new NotFoundException("list", list.value()));
        Map<TargetRef, ListingTarget> targets = new HashMap<>();
        Map<String, Integer> created = new HashMap<>(Map.of("companies", 0, "brands", 0, "products", 0,
                "listings", 0));
        List<ImportWarning> warnings = new ArrayList<>();
        for (CompanyEntry company : plan.companies()) {
            Long parent = company.parent().map(key -> targets.get(TargetRef.company(key)).value()).orElse(null);
            List<Long[]> found = jdbc.query(FIND_COMPANY, (row, number) -> new Long[] {row.getLong("id"),
                    row.getObject("parent_id", Long.class)}, company.key().value(), parent);
            if (!found.isEmpty() && !Objects.equals(found.getFirst()[1], parent)) {
                warnings.add(new ImportWarning(company.row(), "company '" + company.name() + "' is already in the"
                        + " catalog with " + (found.getFirst()[1] == null ? "no owner" : "another owner")
                        + "; its ownership was left as it is"));
            }
            targets.put(TargetRef.company(company.key()), new CompanyId(findOrCreate(created, "companies",
                    found.stream().map(ids -> ids[0]).toList(),
                    () -> jdbc.queryForObject("INSERT INTO company (name, name_key, country, parent_id)"
                            + " VALUES (?, ?, ?, ?) RETURNING id", Long.class, company.name(),
                            company.key().value(), company.country().map(CountryCode::value).orElse(null),
                            parent))));
        }
        for (BrandEntry brand : plan.brands()) {
            long company = targets.get(TargetRef.company(brand.company())).value();
            String key = NameKey.of(brand.name()).value();
            targets.put(brand.ref(), new BrandId(findOrCreate(created, "brands",
                    jdbc.query("SELECT id FROM brand WHERE company_id = ? AND name_key = ?",
                            (row, number) -> row.getLong(1), company, key),
                    () -> jdbc.queryForObject("INSERT INTO brand (name, name_key, company_id) VALUES (?, ?, ?)"
                            + " RETURNING id", Long.class, brand.name(), key, company))));
        }
        List<RowError> errors = new ArrayList<>();
        for (ProductEntry product : plan.products()) {
            ProductId id = product(product, targets.get(product.brand()).value(), created);
            targets.put(product.ref(), id);
            barcodes(product, id, errors);
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        int updated = 0;
        for (ListingEntry listing : plan.listings()) {
            updated += listing(list, listId, listing, targets.get(listing.target()), created);
        }
        return new WrittenCatalog(targets, created, updated, warnings);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ImportPlan> export(Slug list) {
        return export.of(list);
    }

    private ProductId product(ProductEntry product, long brand, Map<String, Integer> created) {
        String key = NameKey.of(product.name()).value();
        return new ProductId(findOrCreate(created, "products",
                jdbc.query("SELECT id FROM product WHERE brand_id = ? AND name_key = ?",
                        (row, number) -> row.getLong(1), brand, key),
                () -> jdbc.queryForObject("INSERT INTO product (name, name_key, brand_id, category, origin_country)"
                        + " VALUES (?, ?, ?, ?, ?) RETURNING id", Long.class, product.name(), key, brand,
                        product.category().isEmpty() ? null : product.category(),
                        product.origin().map(CountryCode::value).orElse(null))));
    }

    private void barcodes(ProductEntry product, ProductId id, List<RowError> errors) {
        for (Gtin barcode : product.barcodes()) {
            List<Long> owner = jdbc.query("SELECT product_id FROM product_barcode WHERE gtin = ?",
                    (row, number) -> row.getLong(1), barcode.value());
            if (owner.isEmpty()) {
                jdbc.update("INSERT INTO product_barcode (gtin, product_id) VALUES (?, ?)", barcode.value(),
                        id.value());
            } else if (owner.getFirst() != id.value()) {
                errors.add(new RowError(product.row(), "barcodes", barcode.value()
                        + " is already the barcode of another product (id " + owner.getFirst() + ")"));
            }
        }
    }

    // an active listing of the same target is replaced; a retired one is kept once as history
    private int listing(Slug list, long listId, ListingEntry entry, ListingTarget target,
                        Map<String, Integer> created) {
        TargetColumns columns = TargetColumns.of(target);
        boolean active = entry.status() == ListingStatus.ACTIVE;
        List<Long> existing = jdbc.query(FIND_LISTING, (row, number) -> row.getLong(1), listId,
                entry.status().name(), columns.kind(), target.value(), active, entry.reason());
        Listing listing = new Listing(null, list, target, entry.reason(), entry.severity(), entry.sources(),
                entry.since(), entry.status());
        if (existing.isEmpty()) {
            listings.save(listing);
            created.merge("listings", 1, Integer::sum);
            return 0;
        }
        if (!active) {
            return 0;
        }
        listings.save(listing.withId(new ListingId(existing.getFirst())));
        return 1;
    }

    private static long findOrCreate(Map<String, Integer> created, String kind, List<Long> found,
                                     Supplier<Long> create) {
        if (!found.isEmpty()) {
            return found.getFirst();
        }
        created.merge(kind, 1, Integer::sum);
        return create.get();
    }
}
