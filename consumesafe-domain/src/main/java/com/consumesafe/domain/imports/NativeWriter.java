package com.consumesafe.domain.imports;

import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.country.CountryCode;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes a plan in the native layout, records grouped by kind (companies, brands, products, listings,
 * alternatives) and sorted within each, so that the same catalog always gives the same file.
 */
public final class NativeWriter {

    private final Map<TargetRef, String> names = new HashMap<>();

    private NativeWriter(ImportPlan plan) {
        plan.companies().forEach(company -> names.put(TargetRef.company(company.key()), company.name()));
        plan.brands().forEach(brand -> names.put(brand.ref(), brand.name()));
        plan.products().forEach(product -> names.put(product.ref(), product.name()));
    }

    /** The file: the header, then one record per entry of the plan. */
    public static String write(ImportPlan plan) {
        NativeWriter writer = new NativeWriter(plan);
        StringBuilder file = new StringBuilder(CsvWriter.line(NativeFormat.COLUMNS));
        writer.section(file, plan.companies().stream().map(company -> writer.record("company",
                TargetRef.company(company.key()), Map.of(
                        "parent", company.parent().map(key -> writer.names.get(TargetRef.company(key))).orElse(""),
                        "country", country(company.country())))).toList());
        writer.section(file, plan.brands().stream().map(brand -> writer.record("brand", brand.ref(), Map.of()))
                .toList());
        writer.section(file, plan.products().stream().map(product -> writer.record("product", product.ref(), Map.of(
                "category", product.category(), "country", country(product.origin()),
                "barcodes", product.barcodes().stream().map(Gtin::value).sorted()
                        .collect(Collectors.joining(NativeFormat.SEPARATOR))))).toList());
        writer.section(file, plan.listings().stream().map(listing -> writer.record("listing", listing.target(),
                Map.of("reason", listing.reason(), "severity", listing.severity().name(),
                        "sources", listing.sources().stream().map(URI::toString)
                                .collect(Collectors.joining(NativeFormat.SEPARATOR)),
                        "since", listing.since().map(LocalDate::toString).orElse(""),
                        "status", listing.status().name()))).toList());
        writer.section(file, plan.alternatives().stream().map(alternative -> writer.withSuggestion(
                writer.record("alternative", alternative.insteadOf(), Map.of("country",
                        country(alternative.origin()), "note", alternative.note())), alternative.suggested()))
                .toList());
        return file.toString();
    }

    private void section(StringBuilder file, List<List<String>> records) {
        records.stream().map(CsvWriter::line).sorted().forEach(file::append);
    }

    private List<String> record(String kind, TargetRef ref, Map<String, String> values) {
        String[] fields = new String[NativeFormat.COLUMNS.size()];
        Arrays.fill(fields, "");
        fields[0] = kind;
        put(fields, "company", names.get(TargetRef.company(ref.company())));
        ref.brandRef().ifPresent(brand -> put(fields, "brand", names.get(brand)));
        ref.product().ifPresent(product -> put(fields, "product", names.get(ref)));
        values.forEach((column, value) -> put(fields, column, value));
        return new ArrayList<>(Arrays.asList(fields));
    }

    private List<String> withSuggestion(List<String> fields, TargetRef suggested) {
        fields.set(NativeFormat.COLUMNS.indexOf("suggested_company"),
                names.get(TargetRef.company(suggested.company())));
        suggested.brandRef().ifPresent(brand ->
                fields.set(NativeFormat.COLUMNS.indexOf("suggested_brand"), names.get(brand)));
        suggested.product().ifPresent(product ->
                fields.set(NativeFormat.COLUMNS.indexOf("suggested_product"), names.get(suggested)));
        return fields;
    }

    private static void put(String[] fields, String column, String value) {
        fields[NativeFormat.COLUMNS.indexOf(column)] = value;
    }

    private static String country(Optional<CountryCode> country) {
        return country.map(CountryCode::value).orElse("");
    }
}
