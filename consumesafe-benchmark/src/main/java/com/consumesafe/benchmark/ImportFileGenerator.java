package com.consumesafe.benchmark;

import com.consumesafe.domain.imports.CsvWriter;
import com.consumesafe.domain.imports.LegacyFormat;
import com.consumesafe.domain.imports.NativeFormat;
import com.consumesafe.domain.listing.Listing;
import com.consumesafe.domain.name.NameKey;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Writes a legacy and a native import file of N data rows each (args: N, folder[, bytes]) for bench/imports.sh and
 * bench/memory.sh: a legacy list of N/20 listed companies with a product per row and an alternative on one row in
 * four, its reasons lengthened so the file comes close to {@code bytes} when given (the largest file an import
 * accepts); a native catalog of companies in two-level trees, brands, products with barcodes, listings and
 * alternatives.
 */
public final class ImportFileGenerator {

    private static final String[] CATEGORIES = {
        "Snacks", "Coffee", "Dairy", "Soft drinks", "Cosmetics", "Appliances", "Ice cream", "Cereals", "Water",
        "Chocolate", "Detergents", "Baby food", "Sportswear", "Electronics", "Pet food",
    };
    private static final String[] REASONS = {
        "Operates a factory in an occupied territory, per several reports",
        "Owner funds the settlement economy; see the campaign's sources",
        "Recalled batch: undeclared allergen",
        "Parent company keeps operating in the settlements",
        "Listed by the national boycott committee",
    };
    private static final String[] SEVERITIES = {"High", "Medium", "Low"};
    private static final String SEED_ENV = "BENCH_SEED";
    private static final String DETAIL = " (details in the campaign's dossier)";
    // a legacy row without its reason: id, product, brand, category, alternative, intensity and separators
    private static final int ROW_WITHOUT_REASON = 75;

    private final SplittableRandom random;
    private final Names names;

    private ImportFileGenerator(long seed) {
        this.random = new SplittableRandom(seed);
        this.names = new Names(random);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            throw new IllegalArgumentException("usage: ImportFileGenerator ROWS FOLDER [BYTES]");
        }
        int rows = Integer.parseInt(args[0]);
        long bytes = args.length == 3 ? Long.parseLong(args[2]) : 0;
        Path folder = Files.createDirectories(Path.of(args[1]));
        long seed = Long.parseLong(System.getenv().getOrDefault(SEED_ENV, "20240607"));
        Path legacy = folder.resolve("legacy-" + rows + ".csv");
        Path nativeFile = folder.resolve("native-" + rows + ".csv");
        int reasonLength = bytes > 0 ? (int) Math.min(Listing.MAX_REASON_LENGTH, bytes / rows - ROW_WITHOUT_REASON) : 0;
        new ImportFileGenerator(seed).legacy(rows, legacy, reasonLength);
        new ImportFileGenerator(seed + 1).nativeCatalog(rows, nativeFile);
        System.out.printf("%s: %d bytes%n%s: %d bytes%n", legacy, Files.size(legacy), nativeFile,
                Files.size(nativeFile));
    }

    private void legacy(int rows, Path file, int reasonLength) throws IOException {
        String[] companies = distinct(Math.max(1, rows / 20), names::company);
        String[] parents = distinct(Math.max(1, rows / 400), names::company);
        String[] localBrands = distinct(Math.max(1, rows / 100), names::brand);
        String[] localProducts = distinct(Math.max(1, rows / 25), names::product);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(CsvWriter.line(LegacyFormat.COLUMNS));
            for (int row = 1; row <= rows; row++) {
                int company = random.nextInt(companies.length);
                // one listed company in ten names its owner the way real lists do: "Brand (Owner)"
                String brand = company % 10 == 0 ? companies[company] + " (" + parents[company % parents.length] + ")"
                        : companies[company];
                boolean alternative = random.nextInt(4) == 0;
                out.write(CsvWriter.line(List.of(Integer.toString(row), names.product(), brand,
                        CATEGORIES[company % CATEGORIES.length],
                        reason(REASONS[company % REASONS.length], reasonLength),
                        alternative ? localProducts[random.nextInt(localProducts.length)] : "-",
                        alternative ? localBrands[random.nextInt(localBrands.length)] + " (TN)" : "N/A",
                        SEVERITIES[company % SEVERITIES.length])));
            }
        }
    }

    // records in the proportions of a curated catalog: 4% companies, 10% brands, 70% products, 6% listings,
    // 10% alternatives
    private void nativeCatalog(int rows, Path file) throws IOException {
        int companyCount = Math.max(2, rows * 4 / 100);
        int brandCount = Math.max(2, rows / 10);
        int listingCount = Math.max(1, rows * 6 / 100);
        int alternativeCount = Math.max(1, rows / 10);
        int productCount = Math.max(1, rows - companyCount - brandCount - listingCount - alternativeCount);
        String[] companies = distinct(companyCount, names::company);
        String[] brands = distinct(brandCount, names::brand);
        String[][] products = new String[productCount][];
        List<String> lines = new ArrayList<>(rows + 1);
        lines.add(String.join(",", NativeFormat.COLUMNS));
        for (int i = 0; i < companyCount; i++) {
            // the first eighth are owners of the rest
            String parent = i < companyCount / 8 ? "" : companies[random.nextInt(Math.max(1, companyCount / 8))];
            lines.add(record("company", companies[i], "", "", parent, "FR", "", "", "", "", "", "", "", "", "", ""));
        }
        for (int i = 0; i < brandCount; i++) {
            lines.add(record("brand", companies[i % companyCount], brands[i], "", "", "", "", "", "", "", "", "", "",
                    "", "", ""));
        }
        String[] productNames = distinct(productCount, names::product);
        for (int i = 0; i < productCount; i++) {
            int brand = random.nextInt(brandCount);
            products[i] = new String[] {companies[brand % companyCount], brands[brand], productNames[i]};
            lines.add(record("product", products[i][0], products[i][1], products[i][2], "", "TN",
                    CATEGORIES[i % CATEGORIES.length], CatalogGenerator.withCheckDigit("06" + pad(i, 11)), "", "",
                    "", "", "", "", "", ""));
        }
        for (int i = 0; i < listingCount; i++) {
            String[] target = products[i * 7 % productCount];
            // a third of the listings name a company, a third a brand, a third a product
            String brand = i % 3 == 0 ? "" : target[1];
            String product = i % 3 == 2 ? target[2] : "";
            lines.add(record("listing", target[0], brand, product, "", "", "", "", REASONS[i % REASONS.length],
                    SEVERITIES[i % SEVERITIES.length].toUpperCase(Locale.ROOT),
                    "https://example.org/sources/" + i, "2024-01-15", "ACTIVE", "", "", ""));
        }
        for (int i = 0; i < alternativeCount; i++) {
            String[] insteadOf = products[i * 7 % productCount];
            String[] suggested = products[(i * 7 + 3) % productCount];
            lines.add(record("alternative", insteadOf[0], insteadOf[1], insteadOf[2], "", "TN", "", "", "", "", "",
                    "", "", suggested[0], suggested[1], suggested[2]));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static String record(String kind, String... fields) {
        List<String> all = new ArrayList<>(Arrays.asList(fields));
        all.addFirst(kind);
        all.add("");
        String line = CsvWriter.line(all);
        // Files.write adds the line separator
        return line.substring(0, line.length() - 2);
    }

    private String[] distinct(int count, Supplier<String> name) {
        Set<String> keys = new HashSet<>();
        String[] values = new String[count];
        int i = 0;
        while (i < count) {
            String candidate = name.get();
            // distinct without spaces, so that the file holds no near-duplicates the importer would merge
            if (keys.add(NameKey.of(candidate).compact())) {
                values[i++] = candidate;
            }
        }
        return values;
    }

    private static String reason(String reason, int length) {
        StringBuilder text = new StringBuilder(reason);
        while (text.length() < length) {
            text.append(DETAIL);
        }
        return length > reason.length() ? text.substring(0, length).strip() : reason;
    }

    private static String pad(long value, int digits) {
        String text = Long.toString(value);
        return "0".repeat(digits - text.length()) + text;
    }
}
