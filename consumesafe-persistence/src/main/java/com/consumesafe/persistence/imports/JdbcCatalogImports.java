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
import com.consumesafe.domain.imports.ProductEntry;
import com.consumesafe.domain.imports.RowError;
import com.consumesafe.domain.imports.TargetRef;
import com.consumesafe.domain.imports.WrittenCatalog;
import com.consumesafe.domain.list.Slug;
import com.consumesafe.domain.name.NameKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CatalogImports port on PostgreSQL: companies, brands and products are matched by the compact form of their
 * name key within their owner, as spellings within a file are, and created when missing; what exists is left as it
 * is. Each kind is looked up and created in bulk (array parameters), so a file costs a few dozen round trips.
 */
@Component
class JdbcCatalogImports implements CatalogImports {

    // one key for every replica: imports wait for one another instead of clashing on the same names
    private static final String TAKE_TURN = "SELECT pg_advisory_xact_lock(hashtext('consumesafe.imports'))";

    private static final String FIND_COMPANIES = "SELECT id, parent_id AS owner, name, name_key FROM company"
            + " WHERE replace(name_key, ' ', '') = ANY (?::text[])";
    private static final String INSERT_COMPANIES = "INSERT INTO company (name, name_key, parent_id, country)"
            + " SELECT * FROM unnest(?::text[], ?::text[], ?::bigint[], ?::text[])"
            + " RETURNING id, parent_id AS owner, name, name_key";
    private static final String FIND_BRANDS = "SELECT b.id, b.company_id AS owner, b.name, b.name_key FROM brand b"
            + " JOIN unnest(?::bigint[], ?::text[]) AS wanted (owner, compact)"
            + " ON b.company_id = wanted.owner AND replace(b.name_key, ' ', '') = wanted.compact";
    private static final String INSERT_BRANDS = "INSERT INTO brand (name, name_key, company_id)"
            + " SELECT * FROM unnest(?::text[], ?::text[], ?::bigint[])"
            + " RETURNING id, company_id AS owner, name, name_key";
    private static final String FIND_PRODUCTS = "SELECT p.id, p.brand_id AS owner, p.name, p.name_key FROM product p"
            + " JOIN unnest(?::bigint[], ?::text[]) AS wanted (owner, compact)"
            + " ON p.brand_id = wanted.owner AND replace(p.name_key, ' ', '') = wanted.compact";
    private static final String INSERT_PRODUCTS = "INSERT INTO product (name, name_key, brand_id, category,"
            + " origin_country) SELECT * FROM unnest(?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[])"
            + " RETURNING id, brand_id AS owner, name, name_key";
    private static final String FIND_BARCODES = "SELECT gtin, product_id FROM product_barcode"
            + " WHERE gtin = ANY (?::bpchar[])";
    private static final String INSERT_BARCODES = "INSERT INTO product_barcode (gtin, product_id)"
            + " SELECT * FROM unnest(?::text[], ?::bigint[])";

    private final JdbcTemplate jdbc;
    private final LongStatements longStatements;
    private final ImportedListings listings;
    private final ListExport export;

    JdbcCatalogImports(JdbcTemplate jdbc, LongStatements longStatements) {
        this.jdbc = jdbc;
        this.longStatements = longStatements;
        this.listings = new ImportedListings(jdbc);
        this.export = new ListExport(jdbc);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void takeTurn() {
        // the wait for another import and the writes that follow outlast the pool's short timeouts
        longStatements.allowInThisTransaction();
        jdbc.query(TAKE_TURN, row -> { });
    }

    @Override
    @Transactional
    public WrittenCatalog write(Slug list, ImportPlan plan) {
        long listId = jdbc.query("SELECT id FROM curated_list WHERE slug = ?", (row, number) -> row.getLong(1),
                list.value()).stream().findFirst().orElseThrow(() -> new NotFoundException("list", list.value()));
        CatalogOutcome outcome = new CatalogOutcome();
        companies(plan.companies(), outcome);
        named("brand", "brands", plan.brands().stream().map(brand -> brand(brand, outcome)).toList(), FIND_BRANDS,
                INSERT_BRANDS, List.of(), BrandId::new, outcome);
        named("product", "products", plan.products().stream().map(product -> product(product, outcome)).toList(),
                FIND_PRODUCTS, INSERT_PRODUCTS, List.of("text", "text"), ProductId::new, outcome);
        List<RowError> errors = barcodes(plan.products(), outcome);
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        listings.write(listId, plan.listings(), outcome);
        return outcome.written();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ImportPlan> export(Slug list) {
        longStatements.allowInThisTransaction();
        return export.of(list);
    }

    // owners first, level by level: a company waits until its parent has an id
    private void companies(List<CompanyEntry> companies, CatalogOutcome outcome) {
        Map<String, List<StoredName>> stored = jdbc.query(FIND_COMPANIES, StoredName::read,
                SqlArrays.of("text", companies.stream().map(company -> company.key().compact()).toList()))
                .stream().collect(Collectors.groupingBy(StoredName::compact));
        List<CompanyEntry> waiting = companies;
        while (!waiting.isEmpty()) {
            List<CompanyEntry> later = new ArrayList<>();
            List<Wanted> missing = new ArrayList<>();
            for (CompanyEntry company : waiting) {
                if (company.parent().isPresent() && !outcome.has(TargetRef.company(company.parent().get()))) {
                    later.add(company);
                    continue;
                }
                Long parent = company.parent().map(key -> outcome.id(TargetRef.company(key))).orElse(null);
                Wanted wanted = new Wanted(TargetRef.company(company.key()), company.row(), company.name(),
                        company.key(), parent, Arrays.asList(company.country().map(CountryCode::value).orElse(null)));
                Optional<StoredName> found = StoredName.best(stored.getOrDefault(company.key().compact(), List.of()),
                        parent, company.key());
                found.ifPresentOrElse(match -> foundCompany(wanted, match, outcome), () -> missing.add(wanted));
            }
            if (later.size() == waiting.size()) {
                throw new IllegalStateException("the plan names a parent it does not hold");
            }
            create(INSERT_COMPANIES, missing, List.of("text"), "companies", CompanyId::new, outcome);
            waiting = later;
        }
    }

    private static void foundCompany(Wanted company, StoredName stored, CatalogOutcome outcome) {
        if (!Objects.equals(stored.owner(), company.owner())) {
            outcome.warn(company.row(), "company '" + company.name() + "' is already in the catalog with "
                    + (stored.owner() == null ? "no owner" : "another owner") + "; its ownership was left as it is");
        }
        outcome.found(company.ref(), new CompanyId(stored.id()), "company", company.row(), company.name(), stored);
    }

    private static Wanted brand(BrandEntry brand, CatalogOutcome outcome) {
        return new Wanted(brand.ref(), brand.row(), brand.name(), NameKey.of(brand.name()),
                outcome.id(TargetRef.company(brand.company())), List.of());
    }

    private static Wanted product(ProductEntry product, CatalogOutcome outcome) {
        return new Wanted(product.ref(), product.row(), product.name(), NameKey.of(product.name()),
                outcome.id(product.brand()), Arrays.asList(product.category().isEmpty() ? null : product.category(),
                        product.origin().map(CountryCode::value).orElse(null)));
    }

    private void named(String kind, String kinds, List<Wanted> wanted, String find, String insert,
                       List<String> extraTypes, LongFunction<ListingTarget> target, CatalogOutcome outcome) {
        if (wanted.isEmpty()) {
            return;
        }
        Map<String, List<StoredName>> stored = jdbc.query(find, StoredName::read,
                SqlArrays.of("int8", column(wanted, Wanted::owner)),
                SqlArrays.of("text", column(wanted, name -> name.key().compact())))
                .stream().collect(Collectors.groupingBy(name -> StoredName.slot(name.owner(), name.compact())));
        List<Wanted> missing = new ArrayList<>();
        for (Wanted name : wanted) {
            StoredName.best(stored.getOrDefault(StoredName.slot(name.owner(), name.key().compact()), List.of()),
                    name.owner(), name.key()).ifPresentOrElse(match -> outcome.found(name.ref(),
                            target.apply(match.id()), kind, name.row(), name.name(), match), () -> missing.add(name));
        }
        create(insert, missing, extraTypes, kinds, target, outcome);
    }

    // the insert's columns: name, name_key, owner, then the extra columns in order
    private void create(String insert, List<Wanted> missing, List<String> extraTypes, String kinds,
                        LongFunction<ListingTarget> target, CatalogOutcome outcome) {
        if (missing.isEmpty()) {
            return;
        }
        List<Object> arguments = new ArrayList<>(List.of(SqlArrays.of("text", column(missing, Wanted::name)),
                SqlArrays.of("text", column(missing, name -> name.key().value())),
                SqlArrays.of("int8", column(missing, Wanted::owner))));
        for (int extra = 0; extra < extraTypes.size(); extra++) {
            int index = extra;
            arguments.add(SqlArrays.of(extraTypes.get(index), column(missing, name -> name.extra().get(index))));
        }
        Map<String, Long> ids = new HashMap<>();
        jdbc.query(insert, StoredName::read, arguments.toArray())
                .forEach(stored -> ids.put(StoredName.slot(stored.owner(), stored.key()), stored.id()));
        for (Wanted name : missing) {
            outcome.created(name.ref(), target.apply(ids.get(StoredName.slot(name.owner(), name.key().value()))),
                    kinds);
        }
    }

    // a barcode already on another product, stored or earlier in the file, refuses the row
    private List<RowError> barcodes(List<ProductEntry> products, CatalogOutcome outcome) {
        List<String> all = products.stream().flatMap(product -> product.barcodes().stream()).map(Gtin::value)
                .toList();
        if (all.isEmpty()) {
            return List.of();
        }
        Map<String, Long> owners = new HashMap<>();
        jdbc.query(FIND_BARCODES, row -> {
            owners.put(row.getString("gtin"), row.getLong("product_id"));
        }, SqlArrays.of("text", all));
        List<String> gtins = new ArrayList<>();
        List<Long> owned = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (ProductEntry product : products) {
            long id = outcome.id(product.ref());
            for (Gtin barcode : product.barcodes()) {
                Long owner = owners.putIfAbsent(barcode.value(), id);
                if (owner == null) {
                    gtins.add(barcode.value());
                    owned.add(id);
                } else if (owner != id) {
                    errors.add(new RowError(product.row(), "barcodes", barcode.value()
                            + " is already the barcode of another product (id " + owner + ")"));
                }
            }
        }
        if (errors.isEmpty() && !gtins.isEmpty()) {
            jdbc.update(INSERT_BARCODES, SqlArrays.of("text", gtins), SqlArrays.of("int8", owned));
        }
        return errors;
    }

    private static <T> List<T> column(List<Wanted> names, Function<Wanted, T> value) {
        List<T> values = new ArrayList<>(names.size());
        names.forEach(name -> values.add(value.apply(name)));
        return values;
    }

    /**
     * A name of the file to find or create under its owner.
     *
     * @param ref   the file's reference to it
     * @param row   the first record naming it
     * @param name  its spelling in the file
     * @param key   its name key
     * @param owner the id of its owner (parent company, company or brand); null for a company without a parent
     * @param extra the values of the insert's further columns
     */
    private record Wanted(TargetRef ref, int row, String name, NameKey key, Long owner, List<Object> extra) {
    }
}
