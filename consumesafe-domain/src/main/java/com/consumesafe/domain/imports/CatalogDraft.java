package com.consumesafe.domain.imports;

import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.country.CountryCode;
import com.consumesafe.domain.name.NameKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalog a file describes, gathered record by record: a name whose key meets one seen before, or differs from
 * it only in spacing, is merged into the first spelling and the merge is reported.
 */
public final class CatalogDraft {

    private final Map<String, CompanyEntry> companies = new LinkedHashMap<>();
    private final Map<String, BrandEntry> brands = new LinkedHashMap<>();
    private final Map<String, ProductEntry> products = new LinkedHashMap<>();
    private final Map<TargetRef, ListingEntry> listings = new LinkedHashMap<>();
    private final Map<List<TargetRef>, AlternativeEntry> alternatives = new LinkedHashMap<>();
    private final Map<List<String>, Merge> merges = new LinkedHashMap<>();
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();

    /** Adds a company, or merges it into the one seen first; answers the key it is known under. */
    public NameKey company(int row, String name, Optional<CountryCode> country, Optional<NameKey> parent) {
        NameKey key = NameKey.of(name);
        CompanyEntry first = companies.get(key.compact());
        if (first == null) {
            companies.put(key.compact(), new CompanyEntry(row, name, country, parent));
            return key;
        }
        merged("company", name, first.name(), row);
        Optional<CountryCode> keptCountry = first.country().or(() -> country);
        if (country.isPresent() && !keptCountry.equals(country)) {
            warn(row, "company '" + first.name() + "' keeps country " + keptCountry.get() + " of row " + first.row()
                    + ", not " + country.get());
        }
        Optional<NameKey> keptParent = first.parent().or(() -> parent);
        if (parent.isPresent() && !parent.get().isNearDuplicateOf(keptParent.get())) {
            warn(row, "company '" + first.name() + "' keeps the owner named at row " + first.row());
        }
        companies.put(key.compact(), new CompanyEntry(first.row(), first.name(), keptCountry, keptParent));
        return first.key();
    }

    /** Adds a brand of a company already added, or merges it into the one seen first. */
    public TargetRef brand(int row, NameKey company, String name) {
        NameKey owner = knownCompany(company).orElseThrow();
        String slot = owner.compact() + '/' + NameKey.of(name).compact();
        BrandEntry first = brands.get(slot);
        if (first == null) {
            BrandEntry entry = new BrandEntry(row, owner, name);
            brands.put(slot, entry);
            return entry.ref();
        }
        merged("brand", name, first.name(), row);
        return first.ref();
    }

    /** Adds a product of a brand already added, or merges it (and its barcodes) into the one seen first. */
    public TargetRef product(int row, TargetRef brand, String name, String category, Optional<CountryCode> origin,
                             Set<Gtin> barcodes) {
        String slot = slot(brand) + '/' + NameKey.of(name).compact();
        ProductEntry first = products.get(slot);
        if (first == null) {
            ProductEntry entry = new ProductEntry(row, brand, name, category, origin, barcodes);
            products.put(slot, entry);
            return entry.ref();
        }
        merged("product", name, first.name(), row);
        String keptCategory = first.category().isEmpty() ? category : first.category();
        if (!category.isEmpty() && !category.equals(keptCategory)) {
            warn(row, "product '" + first.name() + "' keeps category '" + keptCategory + "' of row " + first.row());
        }
        Set<Gtin> allBarcodes = new LinkedHashSet<>(first.barcodes());
        allBarcodes.addAll(barcodes);
        products.put(slot, new ProductEntry(first.row(), first.brand(), first.name(), keptCategory,
                first.origin().or(() -> origin), allBarcodes));
        return first.ref();
    }

    /** Adds a listing; a target listed twice keeps its first listing, and says so when the two differ. */
    public void listing(ListingEntry listing) {
        ListingEntry first = listings.putIfAbsent(listing.target(), listing);
        boolean same = first != null && first.reason().equals(listing.reason())
                && first.severity() == listing.severity() && first.sources().equals(listing.sources());
        if (first != null && !same) {
            warn(listing.row(), "lists what row " + first.row() + " already lists; the listing of row "
                    + first.row() + " is kept");
        }
    }

    /** Adds an alternative; the same suggestion for the same target twice is kept once. */
    public void alternative(AlternativeEntry alternative) {
        alternatives.putIfAbsent(List.of(alternative.insteadOf(), alternative.suggested()), alternative);
    }

    public void warn(int row, String message) {
        warnings.add(new ImportWarning(row, message));
    }

    public void reject(int row, String column, String message) {
        errors.add(new RowError(row, column, message));
    }

    /** The key a company of the draft is known under, merges followed. */
    public Optional<NameKey> knownCompany(NameKey key) {
        return Optional.ofNullable(companies.get(key.compact())).map(CompanyEntry::key);
    }

    /** The reference a brand of the draft is known under, merges followed. */
    public Optional<TargetRef> knownBrand(NameKey company, NameKey brand) {
        return knownCompany(company).flatMap(owner ->
                Optional.ofNullable(brands.get(owner.compact() + '/' + brand.compact()))).map(BrandEntry::ref);
    }

    /** The reference a product of the draft is known under, merges followed. */
    public Optional<TargetRef> knownProduct(NameKey company, NameKey brand, NameKey product) {
        return knownBrand(company, brand).flatMap(owner ->
                Optional.ofNullable(products.get(slot(owner) + '/' + product.compact()))).map(ProductEntry::ref);
    }

    /** The plan, owners first; refused with every error found while reading and every broken ownership. */
    public ImportPlan plan(int rows) {
        List<CompanyEntry> ordered = ownersFirst();
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors.stream()
                    .sorted(Comparator.comparingInt(RowError::row)).toList());
        }
        return new ImportPlan(rows, ordered, List.copyOf(brands.values()), List.copyOf(products.values()),
                List.copyOf(listings.values()), List.copyOf(alternatives.values()), List.copyOf(merges.values()),
                warnings);
    }

    private List<CompanyEntry> ownersFirst() {
        List<CompanyEntry> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (CompanyEntry company : companies.values()) {
            place(company, ordered, placed, new HashSet<>());
        }
        return ordered;
    }

    private void place(CompanyEntry company, List<CompanyEntry> ordered, Set<String> placed, Set<String> visiting) {
        String slot = company.key().compact();
        if (placed.contains(slot)) {
            return;
        }
        if (!visiting.add(slot)) {
            reject(company.row(), "parent", "would make company '" + company.name() + "' own itself");
            placed.add(slot);
            return;
        }
        Optional<NameKey> parent = Optional.empty();
        if (company.parent().isPresent()) {
            CompanyEntry owner = companies.get(company.parent().get().compact());
            if (owner == null) {
                reject(company.row(), "parent", "names no company of the file: '" + company.parent().get() + "'");
            } else {
                place(owner, ordered, placed, visiting);
                parent = Optional.of(owner.key());
            }
        }
        if (placed.add(slot)) {
            ordered.add(new CompanyEntry(company.row(), company.name(), company.country(), parent));
        }
    }

    private void merged(String kind, String name, String into, int row) {
        if (!name.equals(into)) {
            merges.putIfAbsent(List.of(kind, name, into), new Merge(kind, name, into, row));
        }
    }

    private static String slot(TargetRef brand) {
        return brand.company().compact() + '/' + brand.brand().orElseThrow().compact();
    }
}
