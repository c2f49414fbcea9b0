package com.consumesafe.domain.imports;

import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.Text;
import com.consumesafe.domain.alternative.Alternative;
import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.catalog.Product;
import com.consumesafe.domain.country.CountryCode;
import com.consumesafe.domain.listing.Listing;
import com.consumesafe.domain.listing.ListingStatus;
import com.consumesafe.domain.listing.Severity;
import com.consumesafe.domain.name.NameKey;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The layout {@code GET /api/v1/export} writes and imports read back: one record per company, brand, product,
 * listing or alternative, told apart by the {@code record} column, referring to each other by name.
 */
public final class NativeFormat {

    public static final List<String> COLUMNS = List.of("record", "company", "brand", "product", "parent", "country",
            "category", "barcodes", "reason", "severity", "sources", "since", "status", "suggested_company",
            "suggested_brand", "suggested_product", "note");

    /** What separates several barcodes or sources in one field; a web address never holds it unencoded. */
    public static final String SEPARATOR = "|";

    /** The kinds of record, in the order they are read and written. */
    public static final List<String> RECORDS = List.of("company", "brand", "product", "listing", "alternative");

    private NativeFormat() {
    }

    /** The plan the file describes, or every bad row at once. */
    public static ImportPlan read(Iterable<List<String>> file) {
        // held whole: records refer to each other in any order
        List<List<String>> records = new ArrayList<>();
        file.forEach(records::add);
        if (records.isEmpty()) {
            throw new ImportRejectedException(List.of(new RowError(0, "row", "the file is empty; it needs a header")));
        }
        Header header = Header.of(records.getFirst(), COLUMNS);
        CatalogDraft draft = new CatalogDraft();
        Function<Integer, String> kind = row -> header.value(records.get(row), "record").toLowerCase(Locale.ROOT);
        List<Integer> rows = IntStream.range(1, records.size()).boxed()
                .filter(row -> !CsvReader.isBlank(records.get(row))).toList();
        for (int row : rows) {
            if (records.get(row).size() != header.width()) {
                draft.reject(row, "row", "has " + records.get(row).size() + " fields where the header has "
                        + header.width());
            } else if (!RECORDS.contains(kind.apply(row))) {
                draft.reject(row, "record", "must be one of " + RECORDS);
            }
        }
        // owners are read before what refers to them, whatever the order of the file
        List<Integer> ordered = rows.stream().filter(row -> records.get(row).size() == header.width())
                .filter(row -> RECORDS.contains(kind.apply(row)))
                .sorted(Comparator.comparing(row -> RECORDS.indexOf(kind.apply(row)))).toList();
        for (int row : ordered) {
            new NativeRow(draft, row, header, records.get(row)).read(kind.apply(row));
        }
        return draft.plan(rows.size());
    }

    /** Reads one record into the draft, rejecting each bad column. */
    private record NativeRow(CatalogDraft draft, int row, Header header, List<String> record) {

        void read(String kind) {
            switch (kind) {
                case "company" -> company();
                case "brand" -> brand();
                case "product" -> product();
                case "listing" -> listing();
                default -> alternative();
            }
        }

        private void company() {
            Optional<String> name = name("company", true);
            Optional<String> parent = name("parent", false);
            Optional<Optional<CountryCode>> country = country();
            // added even when another column is bad, so that records referring to it are not refused too
            if (name.isPresent()) {
                draft.company(row, name.get(), country.orElse(Optional.empty()), parent.map(NameKey::of));
            }
        }

        private void brand() {
            Optional<NameKey> company = ref("company", "company", draft::knownCompany);
            Optional<String> name = name("brand", true);
            if (company.isPresent() && name.isPresent()) {
                draft.brand(row, company.get(), name.get());
            }
        }

        private void product() {
            Optional<TargetRef> brand = brandRef("company", "brand");
            Optional<String> name = name("product", true);
            String category = text("category", Product.MAX_CATEGORY_LENGTH, false);
            Optional<Optional<CountryCode>> origin = country();
            Optional<Set<Gtin>> barcodes = barcodes();
            if (brand.isPresent() && name.isPresent()) {
                draft.product(row, brand.get(), name.get(), category == null ? "" : category,
                        origin.orElse(Optional.empty()), barcodes.orElse(Set.of()));
            }
        }

        private void listing() {
            Optional<TargetRef> target = target("company", "brand", "product", false);
            String reason = text("reason", Listing.MAX_REASON_LENGTH, true);
            Optional<Severity> severity = parsed("severity", Severity::parse, "must be HIGH, MEDIUM or LOW");
            Optional<List<URI>> sources = sources();
            Optional<Optional<LocalDate>> since = optionalParsed("since", LocalDate::parse,
                    "must be a date like 2024-03-01");
            Optional<Optional<ListingStatus>> status = optionalParsed("status",
                    text -> ListingStatus.valueOf(text.toUpperCase(Locale.ROOT)), "must be ACTIVE or RETIRED");
            if (target.isPresent() && reason != null && severity.isPresent() && sources.isPresent()
                    && since.isPresent() && status.isPresent()) {
                draft.listing(new ListingEntry(row, target.get(), reason, severity.get(), sources.get(),
                        since.get(), status.get().orElse(ListingStatus.ACTIVE)));
            }
        }

        private void alternative() {
            Optional<TargetRef> insteadOf = target("company", "brand", "product", false);
            Optional<TargetRef> suggested = target("suggested_company", "suggested_brand", "suggested_product", true);
            Optional<Optional<CountryCode>> origin = country();
            String note = text("note", Alternative.MAX_NOTE_LENGTH, false);
            if (insteadOf.isPresent() && insteadOf.equals(suggested)) {
                draft.reject(row, "suggested_company", "an alternative cannot be suggested instead of itself");
            } else if (insteadOf.isPresent() && suggested.isPresent() && origin.isPresent() && note != null) {
                draft.alternative(new AlternativeEntry(row, insteadOf.get(), suggested.get(), origin.get(), note));
            }
        }

        private Optional<TargetRef> target(String company, String brand, String product, boolean brandRequired) {
            String brandName = header.value(record, brand);
            String productName = header.value(record, product);
            if (!productName.isEmpty() || brandRequired || !brandName.isEmpty()) {
                Optional<TargetRef> owner = brandRef(company, brand);
                if (productName.isEmpty() || owner.isEmpty()) {
                    return owner;
                }
                return name(product, true).map(NameKey::of).flatMap(key -> known(product,
                        draft.knownProduct(owner.get().company(), owner.get().brand().orElseThrow(), key)));
            }
            return ref(company, "company", draft::knownCompany).map(TargetRef::company);
        }

        private Optional<TargetRef> brandRef(String company, String brand) {
            Optional<NameKey> owner = ref(company, "company", draft::knownCompany);
            Optional<String> name = name(brand, true);
            if (owner.isEmpty() || name.isEmpty()) {
                return Optional.empty();
            }
            return known(brand, draft.knownBrand(owner.get(), NameKey.of(name.get())));
        }

        private <T> Optional<T> known(String column, Optional<T> found) {
            if (found.isEmpty()) {
                draft.reject(row, column, "names no " + column.replace("suggested_", "") + " record of the file");
            }
            return found;
        }

        private Optional<NameKey> ref(String column, String kind, Function<NameKey, Optional<NameKey>> lookup) {
            return name(column, true).flatMap(name -> {
                Optional<NameKey> found = lookup.apply(NameKey.of(name));
                if (found.isEmpty()) {
                    draft.reject(row, column, "names no " + kind + " record of the file");
                }
                return found;
            });
        }

        private Optional<String> name(String column, boolean required) {
            String value = header.value(record, column);
            if (value.isEmpty()) {
                if (required) {
                    draft.reject(row, column, "must not be empty");
                }
                return Optional.empty();
            }
            try {
                NameKey.of(column, value);
                return Optional.of(value);
            } catch (InvalidValueException e) {
                draft.reject(row, column, e.getMessage());
                return Optional.empty();
            }
        }

        private String text(String column, int maxLength, boolean required) {
            try {
                String value = header.value(record, column);
                return required ? Text.required(column, value, maxLength) : Text.optional(column, value, maxLength);
            } catch (InvalidValueException e) {
                draft.reject(row, column, e.getMessage());
                return null;
            }
        }

        private Optional<Optional<CountryCode>> country() {
            try {
                return Optional.of(CountryCode.parseOptional(header.value(record, "country")));
            } catch (InvalidValueException e) {
                draft.reject(row, "country", e.getMessage());
                return Optional.empty();
            }
        }

        private Optional<Set<Gtin>> barcodes() {
            Set<Gtin> barcodes = new LinkedHashSet<>();
            for (String barcode : split(header.value(record, "barcodes"))) {
                try {
                    barcodes.add(Gtin.parse(barcode).requireGlobal());
                } catch (InvalidValueException e) {
                    draft.reject(row, "barcodes", "'" + barcode + "' " + e.getMessage());
                    return Optional.empty();
                }
            }
            return Optional.of(barcodes);
        }

        private Optional<List<URI>> sources() {
            List<URI> sources = new ArrayList<>();
            for (String source : split(header.value(record, "sources"))) {
                try {
                    sources.add(Listing.source(source));
                } catch (InvalidValueException e) {
                    draft.reject(row, "sources", "'" + source + "' " + e.getMessage());
                    return Optional.empty();
                }
            }
            return Optional.of(sources);
        }

        private <T> Optional<T> parsed(String column, Function<String, T> parse, String message) {
            Optional<Optional<T>> value = optionalParsed(column, parse, message);
            if (value.isPresent() && value.get().isEmpty()) {
                draft.reject(row, column, message);
            }
            return value.flatMap(Function.identity());
        }

        private <T> Optional<Optional<T>> optionalParsed(String column, Function<String, T> parse, String message) {
            String value = header.value(record, column);
            if (value.isEmpty()) {
                return Optional.of(Optional.empty());
            }
            try {
                return Optional.of(Optional.of(parse.apply(value)));
            } catch (InvalidValueException | IllegalArgumentException | DateTimeParseException e) {
                draft.reject(row, column, message);
                return Optional.empty();
            }
        }

        private static List<String> split(String value) {
            return value.isEmpty() ? List.of()
                    : Arrays.stream(value.split("\\" + SEPARATOR)).map(String::strip)
                            .filter(part -> !part.isEmpty()).toList();
        }
    }
}
