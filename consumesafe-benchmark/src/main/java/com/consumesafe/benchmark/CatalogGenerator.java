package com.consumesafe.benchmark;

import com.consumesafe.domain.name.NameKey;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Fills an empty ConsumeSafe database (schema migrated by the application) with N products: companies in ownership
 * trees four levels deep, brands, products with valid unique barcodes, lists, listings at every level (some
 * retired) and alternatives; loads with COPY, builds the secondary indexes after the load, and runs ANALYZE. Writes
 * the Gatling feeders (names, typos, barcodes, prefixes) beside.
 *
 * <p>Usage: {@code CatalogGenerator <products> <feeder directory>}, with {@code BENCH_JDBC_URL},
 * {@code BENCH_JDBC_USER} and {@code BENCH_JDBC_PASSWORD} in the environment.
 */
public final class CatalogGenerator {

    private static final String[] COUNTRIES = {
        "TN", "FR", "DE", "US", "GB", "IT", "ES", "NL", "CH", "BE", "MA", "DZ", "TR", "PL", "SE", "JP", "BR", "IN",
    };
    private static final String[] CATEGORIES = {
        "Beverages", "Coffee", "Tea", "Dairy", "Snacks", "Chocolate", "Cereals", "Bakery", "Frozen food", "Baby food",
        "Pet food", "Cosmetics", "Hygiene", "Cleaning", "Water", "Juice", "Soda", "Confectionery", "Condiments",
        "Pasta", "Canned food", "Spreads", "Ice cream", "Cheese", "Meat", "Fish", "Oils", "Sauces", "Household",
        "Electronics",
    };
    private static final String[][] LISTS = {
        {"consumer-boycott", "Consumer boycott", "Companies and brands a consumer group asks people not to buy."},
        {"recalls-2026", "Product recalls 2026", "Products recalled by their makers or food safety agencies."},
        {"ethics-watch", "Ethics watch", "Labour and environmental concerns documented by NGOs."},
        {"palm-oil", "Palm oil", "Brands sourcing palm oil without a credible deforestation policy."},
    };
    private static final String[] SEVERITIES = {"HIGH", "MEDIUM", "LOW"};
    private static final String[] TABLES = {
        "company", "brand", "product", "product_barcode", "listing", "listing_source", "alternative",
    };
    private static final int FEEDER_ROWS = 20_000;
    private static final int COPY_BUFFER = 1 << 20;

    private final SplittableRandom random = new SplittableRandom(20_260_101L);
    private final Names names = new Names(random);
    private final int products;
    private final int brands;
    private final int companies;

    private final List<String> companyNames = new ArrayList<>();
    private final List<String> brandNames = new ArrayList<>();
    private final List<String> productNames = new ArrayList<>();
    private final List<String> barcodes = new ArrayList<>();

    private CatalogGenerator(int products) {
        this.products = products;
        this.brands = Math.max(10, products / 20);
        this.companies = Math.max(16, products / 50);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CatalogGenerator <products> <feeder directory>");
        }
        String url = required("BENCH_JDBC_URL");
        String user = System.getenv().getOrDefault("BENCH_JDBC_USER", "postgres");
        String password = System.getenv().getOrDefault("BENCH_JDBC_PASSWORD", "");
        CatalogGenerator generator = new CatalogGenerator(Integer.parseInt(args[0]));
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            generator.generate(connection);
        }
        generator.writeFeeders(Path.of(args[1]));
        System.out.printf("generated %d products, %d brands, %d companies in %.1f s%n", generator.products,
                generator.brands, generator.companies, (System.nanoTime() - start) / 1e9);
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("set " + variable);
        }
        return value;
    }

    private void generate(Connection connection) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM product")) {
                rows.next();
                if (rows.getLong(1) != 0) {
                    throw new IllegalStateException("the catalog is not empty: generate into a fresh database");
                }
            }
            statement.execute("SET synchronous_commit = off");
            statement.execute("SET maintenance_work_mem = '512MB'");
        }
        connection.setAutoCommit(false);
        List<String> indexes = dropSecondaryIndexes(connection);
        for (String table : List.of("company", "brand", "product", "listing", "alternative")) {
            execute(connection, "ALTER TABLE " + table + " ALTER COLUMN id SET GENERATED BY DEFAULT");
        }
        long[] listIds = lists(connection);
        companies(connection);
        brands(connection);
        products(connection);
        barcodes(connection);
        listings(connection, listIds);
        for (String table : List.of("company", "brand", "product", "listing", "alternative")) {
            execute(connection, "ALTER TABLE " + table + " ALTER COLUMN id SET GENERATED ALWAYS");
            execute(connection, "SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), "
                    + "(SELECT COALESCE(max(id), 0) + 1 FROM " + table + "), false)");
        }
        long indexStart = System.nanoTime();
        for (String index : indexes) {
            execute(connection, index);
        }
        System.out.printf("indexes rebuilt in %.1f s%n", (System.nanoTime() - indexStart) / 1e9);
        connection.commit();
        connection.setAutoCommit(true);
        long analyzeStart = System.nanoTime();
        for (String table : TABLES) {
            execute(connection, "VACUUM ANALYZE " + table);
        }
        System.out.printf("vacuum analyze in %.1f s%n", (System.nanoTime() - analyzeStart) / 1e9);
    }

    /** Indexes not backing a constraint are dropped for the load and built afterwards, which is much faster. */
    private static List<String> dropSecondaryIndexes(Connection connection) throws SQLException {
        List<String> definitions = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT i.indexname, i.indexdef FROM pg_indexes i
                 WHERE i.schemaname = current_schema() AND i.tablename = ANY (?)
                   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
                """)) {
            query.setArray(1, connection.createArrayOf("text", TABLES));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    dropped.add(rows.getString(1));
                    definitions.add(rows.getString(2));
                }
            }
        }
        for (String index : dropped) {
            execute(connection, "DROP INDEX " + index);
        }
        return definitions;
    }

    private long[] lists(Connection connection) throws SQLException {
        long[] ids = new long[LISTS.length];
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO curated_list (slug, title, description)"
                + " VALUES (?, ?, ?) ON CONFLICT (slug) DO UPDATE SET title = EXCLUDED.title RETURNING id")) {
            for (int i = 0; i < LISTS.length; i++) {
                insert.setString(1, LISTS[i][0]);
                insert.setString(2, LISTS[i][1]);
                insert.setString(3, LISTS[i][2]);
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    ids[i] = row.getLong(1);
                }
            }
        }
        return ids;
    }

    /** Roots first, then three more levels, each company owned by one of the level above: trees four deep. */
    private void companies(Connection connection) throws SQLException, IOException {
        int[] levelStart = {1, 1 + companies / 8, 1 + 3 * companies / 8, 1 + 5 * companies / 8, companies + 1};
        Set<String> keys = new HashSet<>();
        try (Copy copy = new Copy(connection, "company (id, name, name_key, country, parent_id)")) {
            for (int level = 0; level < 4; level++) {
                for (int id = levelStart[level]; id < levelStart[level + 1]; id++) {
                    String name = unique(names::company, keys);
                    companyNames.add(name);
                    String parent = level == 0 ? "\\N" : Integer.toString(
                            random.nextInt(levelStart[level - 1], levelStart[level]));
                    copy.row(id, name, NameKey.of(name).value(), pick(COUNTRIES), parent);
                }
            }
        }
    }

    private void brands(Connection connection) throws SQLException, IOException {
        Set<String> keys = new HashSet<>();
        try (Copy copy = new Copy(connection, "brand (id, name, name_key, company_id)")) {
            for (int id = 1; id <= brands; id++) {
                String name = unique(names::brand, keys);
                brandNames.add(name);
                copy.row(id, name, NameKey.of(name).value(), random.nextInt(1, companies + 1));
            }
        }
    }

    private void products(Connection connection) throws SQLException, IOException {
        Set<String> keys = new HashSet<>(products * 2);
        try (Copy copy = new Copy(connection, "product (id, name, name_key, brand_id, category, origin_country)")) {
            for (int id = 1; id <= products; id++) {
                String name = unique(names::product, keys);
                productNames.add(name);
                copy.row(id, name, NameKey.of(name).value(), random.nextInt(1, brands + 1), pick(CATEGORIES),
                        pick(COUNTRIES));
            }
        }
    }

    /**
     * One barcode per product, a second (a case GTIN-14) for one in ten: a third sold as UPC-A (GTIN-14 "00..."),
     * the rest as EAN-13 ("0" then a non-zero digit); the feeder keeps each in the form a scanner would return.
     */
    private void barcodes(Connection connection) throws SQLException, IOException {
        try (Copy copy = new Copy(connection, "product_barcode (gtin, product_id)")) {
            for (int id = 1; id <= products; id++) {
                boolean upc = id % 3 == 0;
                String gtin = withCheckDigit((upc ? "007" : "04") + pad(id, upc ? 10 : 11));
                copy.row(gtin, id);
                barcodes.add(upc ? gtin.substring(2) : gtin.substring(1));
                if (id % 10 == 1) {
                    String caseGtin = withCheckDigit("104" + pad(id, 10));
                    copy.row(caseGtin, id);
                    barcodes.add(caseGtin);
                }
            }
        }
    }

    /**
     * Listings at every level, on several lists: about 3% of companies, 2% of brands and 0.3% of products, one in
     * eight retired; each listing has one or two sources, and each listed company or brand one or two alternatives.
     */
    private void listings(Connection connection, long[] listIds) throws SQLException, IOException {
        Map<String, int[]> counts = new HashMap<>();
        long id = 0;
        // a connection runs one COPY at a time: the sources wait for their listings
        List<Object[]> sources = new ArrayList<>();
        try (Copy listing = new Copy(connection,
                "listing (id, list_id, target_kind, company_id, brand_id, product_id, reason, severity, since, status)")) {
            id = listTargets(listing, sources, listIds, "COMPANY", companies, 33, id, counts);
            id = listTargets(listing, sources, listIds, "BRAND", brands, 50, id, counts);
            listTargets(listing, sources, listIds, "PRODUCT", products, 300, id, counts);
        }
        try (Copy source = new Copy(connection, "listing_source (listing_id, position, url)")) {
            for (Object[] row : sources) {
                source.row(row);
            }
        }
        try (Copy alternative = new Copy(connection, "alternative (id, for_kind, for_company_id, for_brand_id,"
                + " for_product_id, suggested_brand_id, suggested_product_id, origin_country, note)")) {
            long alternativeId = 0;
            for (int target = 1; target <= companies; target += 33) {
                alternativeId = alternatives(alternative, alternativeId, "COMPANY", target);
            }
            for (int target = 1; target <= brands; target += 50) {
                alternativeId = alternatives(alternative, alternativeId, "BRAND", target);
            }
        }
        counts.forEach((kind, count) -> System.out.printf("listings on %s: %d active, %d retired%n", kind, count[0],
                count[1]));
    }

    private long listTargets(Copy listing, List<Object[]> sources, long[] listIds, String kind, int targets, int every, long id,
                             Map<String, int[]> counts) throws IOException {
        long next = id;
        int[] count = counts.computeIfAbsent(kind, ignored -> new int[2]);
        for (int target = 1; target <= targets; target += every) {
            // a few targets are on two lists, which a verdict must show both of
            int onLists = random.nextInt(6) == 0 ? 2 : 1;
            int firstList = random.nextInt(listIds.length);
            for (int n = 0; n < onLists; n++) {
                next++;
                boolean retired = random.nextInt(8) == 0;
                count[retired ? 1 : 0]++;
                String company = kind.equals("COMPANY") ? Integer.toString(target) : "\\N";
                String brand = kind.equals("BRAND") ? Integer.toString(target) : "\\N";
                String product = kind.equals("PRODUCT") ? Integer.toString(target) : "\\N";
                String since = "20%02d-%02d-%02d".formatted(15 + random.nextInt(11), 1 + random.nextInt(12),
                        1 + random.nextInt(28));
                listing.row(next, listIds[(firstList + n) % listIds.length], kind, company, brand, product,
                        "Documented concern number " + next + " about this " + kind.toLowerCase(Locale.ROOT),
                        pick(SEVERITIES), since, retired ? "RETIRED" : "ACTIVE");
                int sourceCount = 1 + random.nextInt(2);
                for (int position = 0; position < sourceCount; position++) {
                    sources.add(new Object[] {next, position, "https://example.org/evidence/" + next + "/" + position});
                }
            }
        }
        return next;
    }

    private long alternatives(Copy copy, long id, String kind, int target) throws IOException {
        long next = id;
        int suggestions = 1 + random.nextInt(2);
        int firstProduct = random.nextInt(1, products + 1);
        for (int n = 0; n < suggestions; n++) {
            next++;
            boolean byBrand = n == 1;
            String suggestedBrand = byBrand ? Integer.toString(random.nextInt(1, brands + 1)) : "\\N";
            String suggestedProduct = byBrand ? "\\N" : Integer.toString(firstProduct);
            copy.row(next, kind, kind.equals("COMPANY") ? Integer.toString(target) : "\\N",
                    kind.equals("BRAND") ? Integer.toString(target) : "\\N", "\\N", suggestedBrand, suggestedProduct,
                    random.nextInt(3) == 0 ? "TN" : pick(COUNTRIES), "made nearby");
        }
        return next;
    }

    /** Feeders for the load test: names as typed (exact, plain, one typo), barcodes (known and not), prefixes. */
    private void writeFeeders(Path directory) throws IOException {
        Files.createDirectories(directory);
        try (Writer out = Files.newBufferedWriter(directory.resolve("names.csv"), StandardCharsets.UTF_8)) {
            out.write("q\n");
            for (int i = 0; i < FEEDER_ROWS; i++) {
                String name = anyName();
                String typed = switch (i % 3) {
                    case 0 -> name;
                    case 1 -> Names.plain(name);
                    default -> names.typo(name);
                };
                out.write(csv(typed) + "\n");
            }
        }
        try (Writer out = Files.newBufferedWriter(directory.resolve("barcodes.csv"), StandardCharsets.UTF_8)) {
            out.write("barcode\n");
            for (int i = 0; i < FEEDER_ROWS; i++) {
                // one in ten unknown to the catalog, with a valid check digit so that it reaches the database
                out.write((i % 10 == 9 ? withCheckDigit("09" + pad(random.nextInt(1, 1_000_000_000), 11)).substring(1)
                        : barcodes.get(random.nextInt(barcodes.size()))) + "\n");
            }
        }
        try (Writer out = Files.newBufferedWriter(directory.resolve("prefixes.csv"), StandardCharsets.UTF_8)) {
            out.write("q\n");
            for (int i = 0; i < FEEDER_ROWS; i++) {
                out.write(csv(names.prefix(anyName())) + "\n");
            }
        }
    }

    /** Mostly products, as people check what they hold; some brands and companies. */
    private String anyName() {
        int kind = random.nextInt(10);
        List<String> from = kind < 7 ? productNames : kind < 9 ? brandNames : companyNames;
        return from.get(random.nextInt(from.size()));
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private String unique(Supplier<String> name, Set<String> keys) {
        while (true) {
            String candidate = name.get();
            if (keys.add(NameKey.of(candidate).value())) {
                return candidate;
            }
        }
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String pad(long value, int digits) {
        String text = Long.toString(value);
        if (text.length() > digits) {
            throw new IllegalArgumentException(value + " does not fit in " + digits + " digits");
        }
        return "0".repeat(digits - text.length()) + text;
    }

    /** The GS1 mod-10 check digit appended to thirteen digits. */
    static String withCheckDigit(String thirteen) {
        int sum = 0;
        int weight = 3;
        for (int i = thirteen.length() - 1; i >= 0; i--) {
            sum += (thirteen.charAt(i) - '0') * weight;
            weight = 4 - weight;
        }
        return thirteen + (10 - sum % 10) % 10;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** One COPY ... FROM STDIN in text format, fed a megabyte at a time. */
    private static final class Copy implements AutoCloseable {

        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(COPY_BUFFER + 4096);
        private final String table;
        private long rows;

        Copy(Connection connection, String tableAndColumns) throws SQLException {
            this.table = tableAndColumns.substring(0, tableAndColumns.indexOf(' '));
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + tableAndColumns + " FROM STDIN");
        }

        // values never hold a tab, a newline or a backslash, so COPY's text format needs no escaping
        void row(Object... values) throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append('\t');
                }
                buffer.append(values[i]);
            }
            buffer.append('\n');
            rows++;
            if (buffer.length() >= COPY_BUFFER) {
                flush();
            }
        }

        private void flush() throws IOException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new IOException("COPY into " + table + " failed", e);
            }
            buffer.setLength(0);
        }

        @Override
        public void close() throws SQLException, IOException {
            flush();
            copy.endCopy();
            System.out.printf("%s: %d rows%n", table, rows);
        }
    }
}
