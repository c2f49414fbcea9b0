package com.consumesafe.api.listing;

import com.consumesafe.api.catalog.TargetReference;
import com.consumesafe.api.curation.CuratorAuthentication;
import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.NotFoundException;
import com.consumesafe.domain.alternative.Alternative;
import com.consumesafe.domain.alternative.Alternatives;
import com.consumesafe.domain.audit.AuditEvent;
import com.consumesafe.domain.audit.AuditTrail;
import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.country.CountryCode;
import com.consumesafe.domain.list.Slug;
import com.consumesafe.domain.listing.Listing;
import com.consumesafe.domain.listing.ListingId;
import com.consumesafe.domain.listing.ListingStatus;
import com.consumesafe.domain.listing.Listings;
import com.consumesafe.domain.listing.Severity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Curators list and retire targets, and suggest alternatives; retired listings stay as history. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Curation")
@SecurityRequirement(name = "curator")
@Transactional
class ListingCuration {

    private final Listings listings;
    private final Alternatives alternatives;
    private final AuditTrail audit;

    ListingCuration(Listings listings, Alternatives alternatives, AuditTrail audit) {
        this.listings = listings;
        this.alternatives = alternatives;
        this.audit = audit;
    }

    @PostMapping("/listings")
    @Operation(summary = "List a company, brand or product on a list, with reason, severity and sources")
    ResponseEntity<ListingResponse> list(@RequestBody(required = false) ListingChange change,
                                         @RequestAttribute(CuratorAuthentication.CURATOR) String curator) {
        if (change == null) {
            throw new InvalidValueException("body", "must be a JSON object");
        }
        Listing saved = listings.save(new Listing(null, slug(change.list()), target(change.target(), "target"),
                change.reason(), Severity.parse(change.severity()), sources(change.sources()), since(change.since()),
                ListingStatus.ACTIVE));
        audit.record(new AuditEvent(null, curator, "listing.created", "listing", Long.toString(saved.id().value()),
                Map.of("list", saved.list().value(), "target", saved.target().kind() + " " + saved.target().value())));
        return ResponseEntity.created(URI.create("/api/v1/listings/" + saved.id().value()))
                .body(ListingResponse.of(saved));
    }

    @PostMapping("/listings/{id}/retire")
    @Operation(summary = "Retire a listing: it no longer counts, and stays as history")
    ListingResponse retire(@PathVariable long id, @RequestAttribute(CuratorAuthentication.CURATOR) String curator) {
        if (id < 1) {
            throw new InvalidValueException("id", "must be a positive id");
        }
        Listing listing = listings.find(new ListingId(id))
                .orElseThrow(() -> new NotFoundException("listing", Long.toString(id)));
        Listing retired = listings.save(listing.retire());
        audit.record(new AuditEvent(null, curator, "listing.retired", "listing", Long.toString(id), Map.of()));
        return ListingResponse.of(retired);
    }

    @PostMapping("/alternatives")
    @Operation(summary = "Suggest a product or brand instead of a listed target; it is offered only while clean")
    ResponseEntity<AlternativeChange> suggest(@RequestBody(required = false) AlternativeChange change,
                                              @RequestAttribute(CuratorAuthentication.CURATOR) String curator) {
        if (change == null) {
            throw new InvalidValueException("body", "must be a JSON object");
        }
        Optional<CountryCode> origin = CountryCode.parseOptional("origin", change.origin());
        Alternative saved = alternatives.save(new Alternative(target(change.insteadOf(), "insteadOf"),
                target(change.suggested(), "suggested"), origin, change.note()));
        String entity = saved.insteadOf().kind().name().toLowerCase(Locale.ROOT);
        audit.record(new AuditEvent(null, curator, "alternative.saved", entity,
                Long.toString(saved.insteadOf().value()),
                Map.of("suggested", saved.suggested().kind() + " " + saved.suggested().value())));
        return ResponseEntity.status(201).body(new AlternativeChange(TargetReference.of(saved.insteadOf()),
                TargetReference.of(saved.suggested()), saved.origin().map(CountryCode::value).orElse(null),
                saved.note()));
    }

    @PostMapping("/alternatives/withdraw")
    @Operation(summary = "Stop suggesting a product or brand instead of a target")
    ResponseEntity<Void> withdraw(@RequestBody(required = false) AlternativeChange change,
                                  @RequestAttribute(CuratorAuthentication.CURATOR) String curator) {
        if (change == null) {
            throw new InvalidValueException("body", "must be a JSON object with insteadOf and suggested");
        }
        ListingTarget insteadOf = target(change.insteadOf(), "insteadOf");
        ListingTarget suggested = target(change.suggested(), "suggested");
        if (!alternatives.withdraw(insteadOf, suggested)) {
            throw new NotFoundException("alternative", suggested.kind() + " " + suggested.value() + " instead of "
                    + insteadOf.kind() + " " + insteadOf.value());
        }
        audit.record(new AuditEvent(null, curator, "alternative.withdrawn", insteadOf.kind().name().toLowerCase(
                Locale.ROOT), Long.toString(insteadOf.value()), Map.of("suggested", suggested.kind() + " "
                + suggested.value())));
        return ResponseEntity.noContent().build();
    }

    private static ListingTarget target(TargetReference reference, String field) {
        if (reference == null) {
            throw new InvalidValueException(field, "must give kind and id");
        }
        return reference.toTarget(field);
    }

    private static Slug slug(String list) {
        try {
            return new Slug(list);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("list", e.getMessage());
        }
    }

    private static List<URI> sources(List<String> sources) {
        return sources == null ? List.of() : sources.stream().map(Listing::source).toList();
    }

    private static Optional<LocalDate> since(String since) {
        if (since == null || since.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(since.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("since", "must be a date like 2024-05-01");
        }
    }
}
