package com.consumesafe.domain.imports;

import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.Text;
import com.consumesafe.domain.catalog.Product;
import com.consumesafe.domain.country.CountryCode;
import com.consumesafe.domain.listing.Listing;
import com.consumesafe.domain.listing.ListingStatus;
import com.consumesafe.domain.listing.Severity;
import com.consumesafe.domain.name.NameKey;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layout existing ConsumeSafe lists use,
 * {@code id,boycott_product,brand,category,reason,tunisian_alternative,alternative_brand,intensity}, read as:
 * {@code brand} is a company and a brand of the same name it owns, a trailing "(Owner)" naming the company's parent;
 * the row lists that company (so its brands and products are listed through it), with {@code reason} and
 * {@code intensity} as reason and severity; {@code boycott_product}, when given, is a product of that brand so that
 * people find it by name; the alternative is a product of a brand (and company) of the same name, suggested instead
 * of the product (or the company when the row names none), its origin left unknown unless a "(TN)"-like decoration
 * asserts it. An {@code alternative_brand} that names no maker but a place or a quality ("Local", "Global",
 * "Tunisia", see {@link NotAMaker}) is no brand: the product is filed under a brand of its own name, as when the
 * column is empty, and a country in it asserts the origin. {@code N/A}, {@code -} and empty mean none.
 */
public final class LegacyFormat {

    public static final List<String> COLUMNS = List.of("id", "boycott_product", "brand", "category", "reason",
            "tunisian_alternative", "alternative_brand", "intensity");

    /** The reason stored when a row gives none: the database, and people, expect one. */
    public static final String NO_REASON = "No reason given";

    private static final Pattern DECORATED = Pattern.compile("^(.*\\S)\\s*\\(([^()]*)\\)$");
    private static final Set<String> NONE = Set.of("", "n/a", "-");

    private LegacyFormat() {
    }

    /** The plan the file describes, or every bad row at once; the records are read once, one at a time. */
    public static ImportPlan read(Iterable<List<String>> records) {
        Iterator<List<String>> file = records.iterator();
        if (!file.hasNext()) {
            throw new ImportRejectedException(List.of(new RowError(0, "row", "the file is empty; it needs a header")));
        }
        Header header = Header.of(file.next(), COLUMNS);
        CatalogDraft draft = new CatalogDraft();
        int rows = 0;
        for (int row = 1; file.hasNext(); row++) {
            List<String> record = file.next();
            if (CsvReader.isBlank(record)) {
                continue;
            }
            rows++;
            if (record.size() != header.width()) {
                draft.reject(row, "row", "has " + record.size() + " fields where the header has " + header.width());
                continue;
            }
            readRow(draft, row, header, record);
        }
        return draft.plan(rows);
    }

    private static void readRow(CatalogDraft draft, int row, Header header, List<String> record) {
        Optional<String> brand = none(header.value(record, "brand"));
        Optional<String> product = none(header.value(record, "boycott_product"));
        Optional<String> alternative = none(header.value(record, "tunisian_alternative"));
        Optional<String> alternativeBrand = none(header.value(record, "alternative_brand"));
        Optional<Severity> severity = severity(draft, row, header.value(record, "intensity"));
        String category = text(draft, row, "category", none(header.value(record, "category")).orElse(""),
                Product.MAX_CATEGORY_LENGTH);
        String reason = text(draft, row, "reason", none(header.value(record, "reason")).orElse(""),
                Listing.MAX_REASON_LENGTH);
        boolean valid = severity.isPresent() && category != null && reason != null;
        valid &= named(draft, row, "brand", brand, true) & named(draft, row, "boycott_product", product, false)
                & named(draft, row, "tunisian_alternative", alternative, false)
                & named(draft, row, "alternative_brand", alternativeBrand, false);
        if (!valid) {
            return;
        }
        NameKey company = owned(draft, row, Decorated.of(brand.get()));
        String companyName = Decorated.of(brand.get()).name();
        TargetRef listedBrand = draft.brand(row, company, companyName);
        Optional<TargetRef> listedProduct = product.map(name -> draft.product(row, listedBrand,
                Decorated.of(name).name(), category, Optional.empty(), Set.of()));
        if (reason.isEmpty()) {
            draft.warn(row, "no reason given; stored as '" + NO_REASON + "'");
        }
        draft.listing(new ListingEntry(row, TargetRef.company(company), reason.isEmpty() ? NO_REASON : reason,
                severity.get(), List.of(), Optional.empty(), ListingStatus.ACTIVE));
        if (alternative.isPresent() || alternativeBrand.isPresent()) {
            readAlternative(draft, row, listedProduct.orElse(TargetRef.company(company)), alternative,
                    alternativeBrand);
        }
    }

    // a decoration that is a name is the owner: "Ben & Jerry's (Unilever)" is a company owned by Unilever
    private static NameKey owned(CatalogDraft draft, int row, Decorated company) {
        Optional<NameKey> parent = company.decoration().filter(LegacyFormat::isName).map(NameKey::of)
                .filter(key -> !key.isNearDuplicateOf(NameKey.of(company.name())));
        Optional<NameKey> owner = parent.map(key -> draft.company(row, company.decoration().get(), Optional.empty(),
                Optional.empty()));
        return draft.company(row, company.name(), Optional.empty(), owner);
    }

    private static void readAlternative(CatalogDraft draft, int row, TargetRef insteadOf, Optional<String> product,
                                        Optional<String> brand) {
        if (product.flatMap(NotAMaker::of).isPresent()) {
            draft.warn(row, "tunisian_alternative '" + product.get() + "' names no product but a place or a quality:"
                    + " no alternative stored");
            return;
        }
        Optional<NotAMaker> placeOrQuality = brand.flatMap(NotAMaker::of);
        if (placeOrQuality.isPresent() && product.isEmpty()) {
            draft.warn(row, "alternative_brand '" + brand.get() + "' names no maker but a place or a quality, and the"
                    + " row names no product: no alternative stored");
            return;
        }
        Optional<String> makerName = placeOrQuality.isPresent() ? Optional.empty() : brand;
        Decorated maker = Decorated.of(makerName.or(() -> product).orElseThrow());
        Optional<Decorated> item = product.map(Decorated::of);
        Optional<CountryCode> origin = country(maker.decoration())
                .or(() -> item.flatMap(decorated -> country(decorated.decoration())))
                .or(() -> placeOrQuality.flatMap(NotAMaker::origin));
        placeOrQuality.ifPresent(value -> draft.warn(row, describe(value, item.orElseThrow().name(), origin)));
        NameKey company = owned(draft, row, maker);
        TargetRef suggestedBrand = draft.brand(row, company, maker.name());
        TargetRef suggested = item.map(decorated -> draft.product(row, suggestedBrand, decorated.name(), "",
                origin, Set.of())).orElse(suggestedBrand);
        String label = item.map(Decorated::name).orElse(maker.name());
        if (suggested.equals(insteadOf)) {
            draft.warn(row, "alternative '" + label + "' is what the row lists; not stored");
            return;
        }
        if (origin.isEmpty() && placeOrQuality.isEmpty()) {
            draft.warn(row, "origin of alternative '" + label + "' not asserted: the column is called"
                    + " tunisian_alternative, but the row does not say where it is made (add \"(TN)\" to assert it)");
        }
        draft.alternative(new AlternativeEntry(row, insteadOf, suggested, origin, ""));
    }

    private static String describe(NotAMaker value, String product, Optional<CountryCode> origin) {
        String asserted = value.origin().isPresent() ? "names a place, not a maker: origin " + value.origin().get()
                + " asserted" : "names no maker but a quality: it asserts nothing"
                + origin.map(country -> " (origin " + country + " from the row's decoration)").orElse("");
        return "alternative_brand '" + value.value() + "' " + asserted + "; '" + product
                + "' is filed under a brand of its own name";
    }

    private static Optional<Severity> severity(CatalogDraft draft, int row, String intensity) {
        try {
            return Optional.of(Severity.parse(intensity));
        } catch (InvalidValueException e) {
            draft.reject(row, "intensity", "must be High, Medium or Low, not '" + intensity + "'");
            return Optional.empty();
        }
    }

    private static String text(CatalogDraft draft, int row, String column, String value, int maxLength) {
        try {
            return Text.optional(column, value, maxLength);
        } catch (InvalidValueException e) {
            draft.reject(row, column, e.getMessage());
            return null;
        }
    }

    private static boolean named(CatalogDraft draft, int row, String column, Optional<String> name,
                                 boolean required) {
        if (name.isEmpty()) {
            if (required) {
                draft.reject(row, column, "must name the company and brand the row lists");
            }
            return !required;
        }
        try {
            NameKey.of(column, name.get());
            return true;
        } catch (InvalidValueException e) {
            draft.reject(row, column, e.getMessage());
            return false;
        }
    }

    private static Optional<String> none(String value) {
        return NONE.contains(value.strip().toLowerCase(Locale.ROOT)) ? Optional.empty() : Optional.of(value.strip());
    }

    private static Optional<CountryCode> country(Optional<String> decoration) {
        return decoration.filter(text -> text.strip().length() == 2).flatMap(text -> {
            try {
                return Optional.of(new CountryCode(text));
            } catch (InvalidValueException e) {
                return Optional.empty();
            }
        });
    }

    // two letters are read as a country code, never as an owner
    private static boolean isName(String text) {
        if (text.strip().length() <= 2) {
            return false;
        }
        try {
            NameKey.of(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /**
     * A name with its trailing decoration taken off, as in "Ben &amp; Jerry's (Unilever)".
     *
     * @param name       the name without it
     * @param decoration what the brackets held, if anything
     */
    record Decorated(String name, Optional<String> decoration) {

        static Decorated of(String text) {
            Matcher matcher = DECORATED.matcher(text.strip());
            if (matcher.matches() && !matcher.group(2).isBlank()) {
                return new Decorated(matcher.group(1).strip(), Optional.of(matcher.group(2).strip()));
            }
            return new Decorated(text.strip(), Optional.empty());
        }
    }
}
