package com.consumesafe.persistence.imports;

import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.catalog.BrandId;
import com.consumesafe.domain.catalog.CompanyId;
import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.catalog.ProductId;
import com.consumesafe.domain.catalog.TargetKind;
import com.consumesafe.domain.country.CountryCode;
import com.consumesafe.domain.imports.AlternativeEntry;
import com.consumesafe.domain.imports.BrandEntry;
import com.consumesafe.domain.imports.CompanyEntry;
import com.consumesafe.domain.imports.ImportPlan;
import com.consumesafe.domain.imports.ListingEntry;
import com.consumesafe.domain.imports.ProductEntry;
import com.consumesafe.domain.imports.TargetRef;
import com.consumesafe.domain.list.Slug;
import com.consumesafe.domain.listing.ListingStatus;
import com.consumesafe.domain.listing.Severity;
import com.consumesafe.domain.name.NameKey;
import com.consumesafe.persistence.catalog.TargetColumns;
import java.net.URI;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads one list back as a plan: its listings, everything a listed company or brand owns (any depth), the
 * alternatives suggested for any of those, and every owner up the chains involved.
 */
final class ListExport {

    private static final String LISTINGS = """
            SELECT l.target_kind, l.company_id, l.brand_id, l.product_id, l.reason, l.severity, l.since, l.status,
                   ARRAY(SELECT s.url FROM listing_source s WHERE s.listing_id = l.id ORDER BY s.position) AS sources
              FROM listing l
             WHERE l.list_id = ?
             ORDER BY l.id
            """;

    // alternatives for anything the list covers: a listed target, or what a listed company or brand owns
    private static final String ALTERNATIVES = """
            SELECT a.for_kind, a.for_company_id, a.for_brand_id, a.for_product_id,
                   CASE WHEN a.suggested_product_id IS NULL THEN 'BRAND' ELSE 'PRODUCT' END AS suggested_kind,
                   a.suggested_brand_id, a.suggested_product_id, a.origin_country, a.note
              FROM alternative a
             WHERE a.for_company_id = ANY (?::bigint[]) OR a.for_brand_id = ANY (?::bigint[])
                OR a.for_product_id = ANY (?::bigint[])
             ORDER BY a.id
            """;

    private static final String COMPANIES_UNDER = """
            WITH RECURSIVE under(id) AS (
                SELECT company_id FROM listing WHERE list_id = ? AND company_id IS NOT NULL
                UNION
                SELECT c.id FROM company c JOIN under u ON c.parent_id = u.id)
            SELECT id FROM under
            """;

    private static final String COMPANIES = """
            WITH RECURSIVE chain AS (
                SELECT id, name, country, parent_id FROM company WHERE id = ANY (?::bigint[])
                UNION
                SELECT c.id, c.name, c.country, c.parent_id FROM company c JOIN chain ON c.id = chain.parent_id)
            SELECT id, name, country, parent_id FROM chain ORDER BY id
            """;

    private final JdbcTemplate jdbc;

    ListExport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ImportPlan> of(Slug list) {
        Optional<Long> listId = jdbc.query("SELECT id FROM curated_list WHERE slug = ?",
                (row, number) -> row.getLong(1), list.value()).stream().findFirst();
        return listId.map(this::plan);
    }

    private ImportPlan plan(long listId) {
        List<Stored<Listed>> listed = jdbc.query(LISTINGS, (row, number) -> listed(row), listId);
        Set<ListingTarget> involved = new HashSet<>();
        listed.forEach(listing -> involved.add(listing.target()));
        jdbc.query(COMPANIES_UNDER, (row, number) -> new CompanyId(row.getLong(1)), listId).forEach(involved::add);
        String companies = TargetColumns.idsOf(involved, TargetKind.COMPANY);
        jdbc.query("SELECT id FROM brand WHERE company_id = ANY (?::bigint[])",
                (row, number) -> new BrandId(row.getLong(1)), companies).forEach(involved::add);
        jdbc.query("SELECT id FROM product WHERE brand_id = ANY (?::bigint[])",
                (row, number) -> new ProductId(row.getLong(1)), TargetColumns.idsOf(involved, TargetKind.BRAND))
                .forEach(involved::add);
        List<Stored<Suggestion>> suggested = jdbc.query(ALTERNATIVES, (row, number) -> suggestion(row), companies,
                TargetColumns.idsOf(involved, TargetKind.BRAND), TargetColumns.idsOf(involved, TargetKind.PRODUCT));
        suggested.forEach(alternative -> {
            involved.add(alternative.target());
            involved.add(alternative.value().suggested());
        });
        Catalog catalog = catalog(involved);
        return new ImportPlan(listed.size() + suggested.size() + catalog.size(), catalog.companies,
                catalog.brands, catalog.products,
                listed.stream().map(listing -> listing.value().entry(catalog.refs.get(listing.target()))).toList(),
                suggested.stream().map(alternative -> new AlternativeEntry(0, catalog.refs.get(alternative.target()),
                        catalog.refs.get(alternative.value().suggested()), alternative.value().origin(),
                        alternative.value().note())).toList(),
                List.of(), List.of());
    }

    private Catalog catalog(Set<ListingTarget> involved) {
        Catalog catalog = new Catalog();
        Map<Long, ProductRow> products = new HashMap<>();
        jdbc.query("SELECT p.id, p.name, p.brand_id, p.category, p.origin_country,"
                + " ARRAY(SELECT b.gtin FROM product_barcode b WHERE b.product_id = p.id) AS barcodes"
                + " FROM product p WHERE p.id = ANY (?::bigint[])", row -> {
                    products.put(row.getLong("id"), new ProductRow(row.getString("name"), row.getLong("brand_id"),
                            Optional.ofNullable(row.getString("category")).orElse(""),
                            Optional.ofNullable(row.getString("origin_country")).map(CountryCode::new),
                            Arrays.stream((String[]) row.getArray("barcodes").getArray()).map(Gtin::new)
                                    .collect(Collectors.toSet())));
                }, TargetColumns.idsOf(involved, TargetKind.PRODUCT));
        Set<Long> brandIds = new HashSet<>(ids(involved, TargetKind.BRAND));
        products.values().forEach(product -> brandIds.add(product.brand()));
        Map<Long, BrandRow> brands = new HashMap<>();
        jdbc.query("SELECT id, name, company_id FROM brand WHERE id = ANY (?::bigint[])",
                row -> {
                    brands.put(row.getLong("id"), new BrandRow(row.getString("name"), row.getLong("company_id")));
                }, array(brandIds));
        Set<Long> companyIds = new HashSet<>(ids(involved, TargetKind.COMPANY));
        brands.values().forEach(brand -> companyIds.add(brand.company()));
        Map<Long, String> companyNames = new HashMap<>();
        List<CompanyRow> rows = jdbc.query(COMPANIES, (row, number) -> {
            Optional<Long> parent = Optional.ofNullable(row.getObject("parent_id", Long.class));
            return new CompanyRow(row.getLong("id"), row.getString("name"),
                    Optional.ofNullable(row.getString("country")).map(CountryCode::new), parent);
        }, array(companyIds));
        rows.forEach(company -> companyNames.put(company.id(), company.name()));
        List<CompanyEntry> companies = new ArrayList<>();
        for (CompanyRow company : rows) {
            catalog.refs.put(new CompanyId(company.id()), TargetRef.company(NameKey.of(company.name())));
            companies.add(new CompanyEntry(0, company.name(), company.country(),
                    company.parent().map(parent -> NameKey.of(companyNames.get(parent)))));
        }
        catalog.companies = companies;
        brands.forEach((id, brand) -> {
            BrandEntry entry = new BrandEntry(0, NameKey.of(companyNames.get(brand.company())), brand.name());
            catalog.brands.add(entry);
            catalog.refs.put(new BrandId(id), entry.ref());
        });
        products.forEach((id, product) -> {
            BrandRow brand = brands.get(product.brand());
            TargetRef brandRef = TargetRef.brand(NameKey.of(companyNames.get(brand.company())),
                    NameKey.of(brand.name()));
            ProductEntry entry = new ProductEntry(0, brandRef, product.name(), product.category(), product.origin(),
                    product.barcodes());
            catalog.products.add(entry);
            catalog.refs.put(new ProductId(id), entry.ref());
        });
        return catalog;
    }

    private static List<Long> ids(Set<ListingTarget> targets, TargetKind kind) {
        return targets.stream().filter(target -> target.kind() == kind).map(ListingTarget::value).toList();
    }

    private static String array(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    private static Stored<Listed> listed(ResultSet row) throws SQLException {
        String[] sources = (String[]) row.getArray("sources").getArray();
        return new Stored<>(TargetColumns.read(row, "target_kind", "").orElseThrow(), new Listed(
                row.getString("reason"), Severity.valueOf(row.getString("severity")),
                Arrays.stream(sources).map(URI::create).toList(),
                Optional.ofNullable(row.getDate("since")).map(Date::toLocalDate),
                ListingStatus.valueOf(row.getString("status"))));
    }

    private static Stored<Suggestion> suggestion(ResultSet row) throws SQLException {
        return new Stored<>(TargetColumns.read(row, "for_kind", "for_").orElseThrow(), new Suggestion(
                TargetColumns.read(row, "suggested_kind", "suggested_").orElseThrow(),
                Optional.ofNullable(row.getString("origin_country")).map(CountryCode::new), row.getString("note")));
    }

    /** What the export found, by the ids it was stored under. */
    private static final class Catalog {
        private final Map<ListingTarget, TargetRef> refs = new HashMap<>();
        private List<CompanyEntry> companies = List.of();
        private final List<BrandEntry> brands = new ArrayList<>();
        private final List<ProductEntry> products = new ArrayList<>();

        int size() {
            return companies.size() + brands.size() + products.size();
        }
    }

    private record Stored<T>(ListingTarget target, T value) {
    }

    private record Listed(String reason, Severity severity, List<URI> sources, Optional<LocalDate> since,
                          ListingStatus status) {

        ListingEntry entry(TargetRef target) {
            return new ListingEntry(0, target, reason, severity, sources, since, status);
        }
    }

    private record Suggestion(ListingTarget suggested, Optional<CountryCode> origin, String note) {
    }

    private record ProductRow(String name, long brand, String category, Optional<CountryCode> origin,
                              Set<Gtin> barcodes) {
    }

    private record BrandRow(String name, long company) {
    }

    private record CompanyRow(long id, String name, Optional<CountryCode> country, Optional<Long> parent) {
    }
}
