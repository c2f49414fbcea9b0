package com.consumesafe.api.report;

import com.consumesafe.api.catalog.TargetReference;
import com.consumesafe.domain.report.Proposal;
import com.consumesafe.domain.report.ProposalDraft;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * A proposed change as JSON, the fields depending on the report's kind. MISSING_ENTRY: a new listing of the
 * report's target ({@code list}, {@code severity}, optional {@code reason} and {@code sources}). CORRECTION: a change
 * of listing {@code listing} (new {@code reason}, {@code severity} or {@code sources}), or {@code retire: true}.
 * SUGGESTED_ALTERNATIVE: something to buy instead of the target, an existing product or brand ({@code suggested})
 * or one named by {@code name} (the product, optional) and {@code brand}, with {@code origin} and {@code note}.
 *
 * @param list      MISSING_ENTRY: the slug of the list
 * @param listing   CORRECTION: the id of the listing
 * @param reason    MISSING_ENTRY, CORRECTION: the (new) reason
 * @param severity  MISSING_ENTRY, CORRECTION: HIGH, MEDIUM or LOW
 * @param sources   MISSING_ENTRY, CORRECTION: http(s) addresses documenting the reason
 * @param retire    CORRECTION: retire the listing instead of changing it
 * @param suggested SUGGESTED_ALTERNATIVE: an existing product or brand, by kind and id
 * @param name      SUGGESTED_ALTERNATIVE: the product's name
 * @param brand     SUGGESTED_ALTERNATIVE: the name of its brand, which must be in the catalog
 * @param origin    SUGGESTED_ALTERNATIVE: where it comes from (ISO 3166-1 alpha-2)
 * @param note      SUGGESTED_ALTERNATIVE: why it is a good alternative
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProposalBody(String list, Long listing, String reason, String severity, List<String> sources, Boolean retire,
                    TargetReference suggested, String name, String brand, String origin, String note) {

    static ProposalBody of(Proposal proposal) {
        ProposalDraft draft = ProposalDraft.of(proposal);
        return new ProposalBody(draft.list(), draft.listing(), draft.reason(), draft.severity(), draft.sources(),
                draft.retire(), Optional.ofNullable(draft.suggested()).map(TargetReference::of).orElse(null),
                blankAsNull(draft.name()), blankAsNull(draft.brand()), draft.origin(), blankAsNull(draft.note()));
    }

    /** The draft, an unreadable {@code suggested} refused as {@code <body>.suggested}. */
    ProposalDraft toDraft(String body) {
        return new ProposalDraft(list, listing, reason, severity, sources, retire,
                suggested == null ? null : suggested.toTarget(body + ".suggested"), name, brand, origin, note);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
