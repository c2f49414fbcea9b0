package com.consumesafe.persistence.catalog;

import com.consumesafe.domain.catalog.BrandId;
import com.consumesafe.domain.catalog.CompanyId;
import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.catalog.ProductId;
import com.consumesafe.domain.catalog.TargetKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a target (company, brand or product) is stored: a kind column and one foreign key column per kind,
 * so that the database checks the reference. Also builds the array parameters for "any of these targets".
 *
 * @param kind    the kind, or null for no target
 * @param company the company id column's value
 * @param brand   the brand id column's value
 * @param product the product id column's value
 */
public record TargetColumns(String kind, Long company, Long brand, Long product) {

    public static TargetColumns of(Optional<ListingTarget> target) {
        return target.map(TargetColumns::of).orElse(new TargetColumns(null, null, null, null));
    }

    public static TargetColumns of(ListingTarget target) {
        return switch (target) {
            case CompanyId company -> new TargetColumns(TargetKind.COMPANY.name(), company.value(), null, null);
            case BrandId brand -> new TargetColumns(TargetKind.BRAND.name(), null, brand.value(), null);
            case ProductId product -> new TargetColumns(TargetKind.PRODUCT.name(), null, null, product.value());
        };
    }

    /** Reads the target from columns named {@code <prefix>kind}, {@code <prefix>company_id}, ... */
    public static Optional<ListingTarget> read(ResultSet row, String kindColumn, String idPrefix) throws SQLException {
        String kind = row.getString(kindColumn);
        if (kind == null) {
            return Optional.empty();
        }
        TargetKind parsed = TargetKind.valueOf(kind);
        long id = row.getLong(idPrefix + parsed.name().toLowerCase(Locale.ROOT) + "_id");
        return Optional.of(ListingTarget.of(parsed, id));
    }

    /** A PostgreSQL array literal of the ids of one kind among the targets, bound as a parameter. */
    public static String idsOf(Collection<? extends ListingTarget> targets, TargetKind kind) {
        return targets.stream()
                .filter(target -> target.kind() == kind)
                .map(target -> Long.toString(target.value()))
                .collect(Collectors.joining(",", "{", "}"));
    }
}
