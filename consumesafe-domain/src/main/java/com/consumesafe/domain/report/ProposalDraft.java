package com.consumesafe.domain.report;

import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.country.CountryCode;
import com.consumesafe.domain.list.Slug;
import com.consumesafe.domain.listing.ListingId;
import com.consumesafe.domain.listing.Severity;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A proposal as typed, every field optional: what a reporter submits or a curator sends to amend it. A field left
 * out (null) says nothing; {@link #toProposal} checks the fields against the report's kind.
 *
 * @param list      MISSING_ENTRY: the slug of the list
 * @param listing   CORRECTION: the id of the listing
 * @param reason    MISSING_ENTRY, CORRECTION: the (new) reason
 * @param severity  MISSING_ENTRY, CORRECTION: the (new) severity
 * @param sources   MISSING_ENTRY, CORRECTION: the (new) sources
 * @param retire    CORRECTION: retire the listing instead
 * @param suggested SUGGESTED_ALTERNATIVE: an existing product or brand
 * @param name      SUGGESTED_ALTERNATIVE: the product's name
 * @param brand     SUGGESTED_ALTERNATIVE: the brand's name
 * @param origin    SUGGESTED_ALTERNATIVE: ISO 3166-1 alpha-2 country
 * @param note      SUGGESTED_ALTERNATIVE: why it is a good alternative
 */
public record ProposalDraft(String list, Long listing, String reason, String severity, List<String> sources,
                            Boolean retire, ListingTarget suggested, String name, String brand, String origin,
                            String note) {

    private static final Map<ReportKind, Set<String>> FIELDS = Map.of(
            ReportKind.MISSING_ENTRY, Set.of("list", "reason", "severity", "sources"),
            ReportKind.CORRECTION, Set.of("listing", "reason", "severity", "sources", "retire"),
            ReportKind.SUGGESTED_ALTERNATIVE, Set.of("suggested", "name", "brand", "origin", "note"));

    public ProposalDraft {
        // a copy that keeps a null element, so that it is refused as an empty source rather than crash the copy
        sources = sources == null ? null : Collections.unmodifiableList(new ArrayList<>(sources));
    }

    /** The draft that reads back as the given proposal. */
    public static ProposalDraft of(Proposal proposal) {
        return switch (proposal) {
            case ProposedListing p -> new ProposalDraft(p.list().value(), null, p.reason(), p.severity().name(),
                    texts(p.sources()), null, null, null, null, null, null);
            case ProposedCorrection p -> new ProposalDraft(null, p.listing().value(), p.reason().orElse(null),
                    p.severity().map(Severity::name).orElse(null), p.sources().map(ProposalDraft::texts).orElse(null),
                    p.retire() ? Boolean.TRUE : null, null, null, null, null, null);
            case ProposedAlternative p -> new ProposalDraft(null, null, null, null, null, null,
                    p.suggested().orElse(null), p.name(), p.brand(), p.origin().map(CountryCode::value).orElse(null),
                    p.note());
        };
    }

    /** This draft with every field the change gives replaced: a curator amends or completes what was proposed. */
    public ProposalDraft amendedBy(ProposalDraft change) {
        return new ProposalDraft(pick(change.list, list), pick(change.listing, listing), pick(change.reason, reason),
                pick(change.severity, severity), pick(change.sources, sources), pick(change.retire, retire),
                pick(change.suggested, suggested), pick(change.name, name), pick(change.brand, brand),
                pick(change.origin, origin), pick(change.note, note));
    }

    /** Whether the draft says anything about the named field. */
    public boolean gives(String field) {
        return given().containsKey(field);
    }

    public boolean isEmpty() {
        return given().isEmpty();
    }

    /**
     * The proposal for a report of the given kind; refused, naming the field, when a field does not belong to that
     * kind or breaks the rules of the listing or alternative it proposes. Field names are the draft's own.
     */
    public Proposal toProposal(ReportKind kind) {
        if (kind == null) {
            throw new InvalidValueException("kind", "must be CORRECTION, MISSING_ENTRY or SUGGESTED_ALTERNATIVE");
        }
        for (String field : given().keySet()) {
            if (!FIELDS.get(kind).contains(field)) {
                throw new InvalidValueException(field, "does not belong to a " + kind + " proposal (it takes "
                        + String.join(", ", FIELDS.get(kind).stream().sorted().toList()) + ")");
            }
        }
        return switch (kind) {
            case MISSING_ENTRY -> new ProposedListing(slug(), reason, Severity.parse(severity), urls().orElse(null));
            case CORRECTION -> new ProposedCorrection(listingId(), Optional.ofNullable(reason),
                    Optional.ofNullable(severity).map(Severity::parse), urls(), Boolean.TRUE.equals(retire));
            case SUGGESTED_ALTERNATIVE -> new ProposedAlternative(Optional.ofNullable(suggested), name, brand,
                    CountryCode.parseOptional("origin", origin), note);
        };
    }

    private Map<String, Object> given() {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("list", list);
        given.put("listing", listing);
        given.put("reason", reason);
        given.put("severity", severity);
        given.put("sources", sources);
        given.put("retire", retire);
        given.put("suggested", suggested);
        given.put("name", name);
        given.put("brand", brand);
        given.put("origin", origin);
        given.put("note", note);
        given.values().removeIf(value -> value == null);
        return given;
    }

    private Slug slug() {
        try {
            return new Slug(list == null ? null : list.strip());
        } catch (InvalidValueException e) {
            throw new InvalidValueException("list", e.getMessage());
        }
    }

    private ListingId listingId() {
        if (listing == null) {
            throw new InvalidValueException("listing", "must name the listing to correct");
        }
        try {
            return new ListingId(listing);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("listing", e.getMessage());
        }
    }

    private Optional<List<URI>> urls() {
        return Optional.ofNullable(sources).map(Sources::parse);
    }

    private static List<String> texts(List<URI> sources) {
        return sources.stream().map(URI::toString).toList();
    }

    private static <T> T pick(T changed, T kept) {
        return changed != null ? changed : kept;
    }
}
