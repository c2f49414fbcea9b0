package com.consumesafe.domain.report;

import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.Text;
import com.consumesafe.domain.alternative.Alternative;
import com.consumesafe.domain.catalog.CompanyId;
import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.country.CountryCode;
import com.consumesafe.domain.name.NameKey;
import java.util.Optional;

/**
 * Something to buy instead of the report's target: an existing product or brand, or one named by the reporter.
 *
 * @param suggested an existing product or brand, when the reporter or curator knows its id; it wins over the names
 * @param name      the product's name; empty when the brand itself is suggested
 * @param brand     the name of the brand it is sold under; empty only when {@code suggested} is given
 * @param origin    where it comes from, if known
 * @param note      why it is a good alternative
 */
public record ProposedAlternative(Optional<ListingTarget> suggested, String name, String brand,
                                  Optional<CountryCode> origin, String note) implements Proposal {

    public ProposedAlternative {
        suggested = suggested == null ? Optional.empty() : suggested;
        if (suggested.filter(CompanyId.class::isInstance).isPresent()) {
            throw new InvalidValueException("suggested", "must be a product or a brand");
        }
        name = named("name", name);
        brand = named("brand", brand);
        if (suggested.isEmpty() && brand.isEmpty()) {
            throw new InvalidValueException("brand", "must name the brand of the alternative (or give suggested)");
        }
        origin = origin == null ? Optional.empty() : origin;
        note = Text.optional("note", note, Alternative.MAX_NOTE_LENGTH);
    }

    @Override
    public ReportKind kind() {
        return ReportKind.SUGGESTED_ALTERNATIVE;
    }

    /** The alternative, once the suggestion is found or made in the catalog. */
    public Alternative instead(ListingTarget insteadOf, ListingTarget found) {
        return new Alternative(insteadOf, found, origin, note);
    }

    private static String named(String field, String text) {
        String stripped = Text.optional(field, text, NameKey.MAX_INPUT_LENGTH);
        if (!stripped.isEmpty()) {
            NameKey.of(field, stripped);
        }
        return stripped;
    }
}
