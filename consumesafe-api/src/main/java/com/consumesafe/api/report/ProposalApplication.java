package com.consumesafe.api.report;

import com.consumesafe.domain.ConflictException;
import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.alternative.Alternative;
import com.consumesafe.domain.alternative.Alternatives;
import com.consumesafe.domain.audit.AuditEvent;
import com.consumesafe.domain.audit.AuditTrail;
import com.consumesafe.domain.catalog.BrandId;
import com.consumesafe.domain.catalog.Brands;
import com.consumesafe.domain.catalog.Companies;
import com.consumesafe.domain.catalog.CompanyId;
import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.catalog.Product;
import com.consumesafe.domain.catalog.ProductId;
import com.consumesafe.domain.catalog.Products;
import com.consumesafe.domain.list.CuratedLists;
import com.consumesafe.domain.listing.ListSelection;
import com.consumesafe.domain.listing.Listing;
import com.consumesafe.domain.listing.Listings;
import com.consumesafe.domain.report.Proposal;
import com.consumesafe.domain.report.ProposedAlternative;
import com.consumesafe.domain.report.ProposedCorrection;
import com.consumesafe.domain.report.ProposedListing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Makes the change an accepted report proposes, through the ports the curation endpoints use, and audits each change
 * under the curator's label with the report's id. It runs inside the acceptance's transaction: a refusal undoes it.
 */
@Component
class ProposalApplication {

    private final Listings listings;
    private final Alternatives alternatives;
    private final CuratedLists lists;
    private final Companies companies;
    private final Brands brands;
    private final Products products;
    private final SuggestionLookup lookup;
    private final AuditTrail audit;

    ProposalApplication(Listings listings, Alternatives alternatives, CuratedLists lists, Companies companies,
                        Brands brands, Products products, SuggestionLookup lookup, AuditTrail audit) {
        this.listings = listings;
        this.alternatives = alternatives;
        this.lists = lists;
        this.companies = companies;
        this.brands = brands;
        this.products = products;
        this.lookup = lookup;
        this.audit = audit;
    }

    /** The changes made, in order. */
    List<AppliedChange> apply(Proposal proposal, Optional<ListingTarget> target, Acceptance by) {
        return switch (proposal) {
            case ProposedListing listing -> List.of(list(listing, target, by));
            case ProposedCorrection correction -> List.of(correct(correction, by));
            case ProposedAlternative alternative -> suggest(alternative, target, by);
        };
    }

    private AppliedChange list(ProposedListing proposal, Optional<ListingTarget> target, Acceptance by) {
        ListingTarget listed = existing(target, "target");
        if (lists.find(proposal.list()).isEmpty()) {
            throw ChangeRefused.missing(by.fields().name("list"), "no list '" + proposal.list().value() + "'");
        }
        if (!listings.activeOn(List.of(listed), ListSelection.of(proposal.list())).isEmpty()) {
            throw ChangeRefused.conflict("target", describe(listed) + " is already listed on '"
                    + proposal.list().value() + "'");
        }
        Listing saved = listings.save(proposal.toListing(listed));
        return record(by, "listing.created", "listing", Long.toString(saved.id().value()),
                Map.of("list", saved.list().value(), "target", describe(listed)));
    }

    private AppliedChange correct(ProposedCorrection proposal, Acceptance by) {
        String field = by.fields().name("listing");
        Listing current = listings.find(proposal.listing()).orElseThrow(() -> ChangeRefused.missing(field,
                "no listing " + proposal.listing().value()));
        Listing corrected;
        try {
            corrected = proposal.applyTo(current);
        } catch (ConflictException e) {
            throw ChangeRefused.conflict(field, e.getMessage());
        }
        listings.save(corrected);
        Map<String, String> detail = new HashMap<>();
        proposal.severity().ifPresent(severity -> detail.put("severity", severity.name()));
        proposal.reason().ifPresent(reason -> detail.put("reason", reason));
        proposal.sources().ifPresent(sources -> detail.put("sources", Integer.toString(sources.size())));
        return record(by, proposal.retire() ? "listing.retired" : "listing.changed", "listing",
                Long.toString(current.id().value()), detail);
    }

    private List<AppliedChange> suggest(ProposedAlternative proposal, Optional<ListingTarget> target, Acceptance by) {
        ListingTarget insteadOf = existing(target, "target");
        List<AppliedChange> applied = new ArrayList<>();
        ListingTarget suggested;
        if (proposal.suggested().isPresent()) {
            suggested = existing(proposal.suggested(), by.fields().name("suggested"));
        } else {
            BrandId brand = lookup.brand(proposal.brand(), by.fields().name("brand"));
            suggested = proposal.name().isEmpty() ? brand : lookup.product(brand, proposal.name())
                    .map(ListingTarget.class::cast).orElseGet(() -> {
                        Product made = products.save(new Product(null, proposal.name(), brand, "", Set.of(),
                                proposal.origin()));
                        applied.add(record(by, "product.created", "product", Long.toString(made.id().value()),
                                Map.of("name", made.name(), "barcodes", "")));
                        return made.id();
                    });
        }
        Alternative alternative;
        try {
            alternative = proposal.instead(insteadOf, suggested);
        } catch (InvalidValueException e) {
            throw ChangeRefused.missing(by.fields().name("suggested"), e.getMessage());
        }
        alternatives.save(alternative);
        applied.add(record(by, "alternative.saved", insteadOf.kind().name().toLowerCase(Locale.ROOT),
                Long.toString(insteadOf.value()), Map.of("suggested", describe(suggested))));
        return applied;
    }

    /** The target, refused naming the field when it is not given or the catalog no longer holds it. */
    private ListingTarget existing(Optional<ListingTarget> target, String field) {
        ListingTarget found = target.orElseThrow(() -> ChangeRefused.missing(field,
                "must name the company, brand or product the change is about"));
        boolean held = switch (found) {
            case CompanyId company -> companies.find(company).isPresent();
            case BrandId brand -> brands.find(brand).isPresent();
            case ProductId product -> products.find(product).isPresent();
        };
        if (!held) {
            throw ChangeRefused.missing(field, "the catalog holds no " + describe(found));
        }
        return found;
    }

    private AppliedChange record(Acceptance by, String action, String entity, String id, Map<String, String> detail) {
        Map<String, String> withReport = new HashMap<>(detail);
        withReport.put("report", by.report().toString());
        AuditEvent event = new AuditEvent(null, by.curator(), action, entity, id, withReport);
        audit.record(event);
        return AppliedChange.of(event);
    }

    private static String describe(ListingTarget target) {
        return target.kind() + " " + target.value();
    }

    /**
     * Who accepts which report, and how the request named the proposal's fields.
     *
     * @param curator the label of the curator's token
     * @param report  the report accepted
     * @param fields  names of the proposal's fields in the request
     */
    record Acceptance(String curator, UUID report, ProposalFields fields) {
    }
}
