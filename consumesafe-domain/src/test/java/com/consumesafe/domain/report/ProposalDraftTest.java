package com.consumesafe.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consumesafe.domain.ConflictException;
import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.catalog.BrandId;
import com.consumesafe.domain.catalog.CompanyId;
import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.catalog.ProductId;
import com.consumesafe.domain.country.CountryCode;
import com.consumesafe.domain.list.Slug;
import com.consumesafe.domain.listing.Listing;
import com.consumesafe.domain.listing.ListingId;
import com.consumesafe.domain.listing.ListingStatus;
import com.consumesafe.domain.listing.Severity;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProposalDraftTest {

    private static final ProposalDraft EMPTY = new ProposalDraft(null, null, null, null, null, null, null, null, null,
            null, null);
    private static final ProposalDraft NEW_LISTING = new ProposalDraft(" boycott ", null, " Sold by Owner ", "high",
            List.of("https://example.org/why"), null, null, null, null, null, null);
    private static final ProposalDraft CORRECTION = new ProposalDraft(null, 7L, null, "low", null, null, null, null,
            null, null, null);
    private static final ProposalDraft ALTERNATIVE = new ProposalDraft(null, null, null, null, null, null, null,
            " Kahwa Classic ", "Kahwa", "tn", "Roasted nearby");

    @Test
    void reads_a_missing_entry_as_a_new_listing_of_the_target() {
        Proposal proposal = NEW_LISTING.toProposal(ReportKind.MISSING_ENTRY);

        assertThat(proposal).isEqualTo(new ProposedListing(new Slug("boycott"), "Sold by Owner", Severity.HIGH,
                List.of(URI.create("https://example.org/why"))));
        assertThat(((ProposedListing) proposal).toListing(new ProductId(3)))
                .isEqualTo(new Listing(null, new Slug("boycott"), new ProductId(3), "Sold by Owner", Severity.HIGH,
                        List.of(URI.create("https://example.org/why")), Optional.empty(), ListingStatus.ACTIVE));
    }

    @Test
    void reads_a_correction_as_changes_of_an_existing_listing_or_its_retirement() {
        Listing current = new Listing(new ListingId(7), new Slug("boycott"), new CompanyId(2), "Old", Severity.HIGH,
                List.of(URI.create("https://example.org/old")), Optional.empty(), ListingStatus.ACTIVE);

        ProposedCorrection lower = (ProposedCorrection) CORRECTION.toProposal(ReportKind.CORRECTION);
        ProposedCorrection retire = (ProposedCorrection) new ProposalDraft(null, 7L, null, null, null, true, null,
                null, null, null, null).toProposal(ReportKind.CORRECTION);

        assertThat(lower.applyTo(current)).isEqualTo(new Listing(new ListingId(7), new Slug("boycott"),
                new CompanyId(2), "Old", Severity.LOW, current.sources(), Optional.empty(), ListingStatus.ACTIVE));
        assertThat(retire.applyTo(current).status()).isEqualTo(ListingStatus.RETIRED);
        assertThatThrownBy(() -> lower.applyTo(current.retire())).isInstanceOf(ConflictException.class);
        assertThat(lower.needsTarget()).isFalse();
    }

    @Test
    void reads_a_suggested_alternative_by_names_or_by_an_existing_product_or_brand() {
        ProposedAlternative named = (ProposedAlternative) ALTERNATIVE.toProposal(ReportKind.SUGGESTED_ALTERNATIVE);
        ProposedAlternative existing = (ProposedAlternative) new ProposalDraft(null, null, null, null, null, null,
                new BrandId(5), null, null, null, null).toProposal(ReportKind.SUGGESTED_ALTERNATIVE);

        assertThat(named.name()).isEqualTo("Kahwa Classic");
        assertThat(named.origin()).contains(new CountryCode("TN"));
        assertThat(named.instead(new CompanyId(1), new ProductId(9)).note()).isEqualTo("Roasted nearby");
        assertThat(existing.suggested()).contains(new BrandId(5));
        assertThat(existing.brand()).isEmpty();
    }

    @Test
    void refuses_a_field_that_does_not_belong_to_the_kind_of_report() {
        assertThatThrownBy(() -> NEW_LISTING.toProposal(ReportKind.SUGGESTED_ALTERNATIVE))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "list");
        assertThatThrownBy(() -> ALTERNATIVE.toProposal(ReportKind.CORRECTION))
                .hasFieldOrPropertyWithValue("field", "name");
        assertThatThrownBy(() -> CORRECTION.toProposal(ReportKind.MISSING_ENTRY))
                .hasFieldOrPropertyWithValue("field", "listing");
        assertThatThrownBy(() -> CORRECTION.toProposal(null)).hasFieldOrPropertyWithValue("field", "kind");
    }

    @Test
    void refuses_a_bad_value_naming_its_field() {
        assertThat(field(draft("list", "Not A Slug"), ReportKind.MISSING_ENTRY)).isEqualTo("list");
        assertThat(field(draft("list", null), ReportKind.MISSING_ENTRY)).isEqualTo("list");
        assertThat(field(draft("severity", "urgent"), ReportKind.MISSING_ENTRY)).isEqualTo("severity");
        assertThat(field(draft("reason", "r".repeat(Listing.MAX_REASON_LENGTH + 1)), ReportKind.MISSING_ENTRY))
                .isEqualTo("reason");
        assertThat(field(draft("reason", " "), ReportKind.MISSING_ENTRY)).isEqualTo("reason");
        assertThat(field(new ProposalDraft(null, 7L, "", null, null, null, null, null, null, null, null),
                ReportKind.CORRECTION)).isEqualTo("reason");
        assertThat(field(new ProposalDraft("boycott", null, "Why", "LOW", List.of("ftp://example.org"), null, null,
                null, null, null, null), ReportKind.MISSING_ENTRY)).isEqualTo("sources");
        assertThat(field(new ProposalDraft("boycott", null, "Why", "LOW", Arrays.asList((String) null), null, null,
                null, null, null, null), ReportKind.MISSING_ENTRY)).isEqualTo("sources");
        assertThat(field(new ProposalDraft("boycott", null, "Why", "LOW",
                Collections.nCopies(Listing.MAX_SOURCES + 1, "https://example.org"), null, null, null, null, null,
                null), ReportKind.MISSING_ENTRY)).isEqualTo("sources");
        assertThat(field(new ProposalDraft(null, -1L, null, "LOW", null, null, null, null, null, null, null),
                ReportKind.CORRECTION)).isEqualTo("listing");
        assertThat(field(new ProposalDraft(null, null, null, "LOW", null, null, null, null, null, null, null),
                ReportKind.CORRECTION)).isEqualTo("listing");
        assertThat(field(new ProposalDraft(null, 7L, null, "LOW", null, true, null, null, null, null, null),
                ReportKind.CORRECTION)).isEqualTo("retire");
        assertThat(field(new ProposalDraft(null, 7L, null, null, null, false, null, null, null, null, null),
                ReportKind.CORRECTION)).isEmpty();
        assertThat(field(alternative(null, "Tea", null, null), ReportKind.SUGGESTED_ALTERNATIVE)).isEqualTo("brand");
        assertThat(field(alternative(null, "Tea", "Kahwa", "XX"), ReportKind.SUGGESTED_ALTERNATIVE))
                .isEqualTo("origin");
        assertThat(field(alternative(null, "!!!", "Kahwa", null), ReportKind.SUGGESTED_ALTERNATIVE))
                .isEqualTo("name");
        assertThat(field(alternative(new CompanyId(4), null, null, null), ReportKind.SUGGESTED_ALTERNATIVE))
                .isEqualTo("suggested");
        assertThat(field(new ProposalDraft(null, null, null, null, null, null, null, null, "Kahwa", null,
                "n".repeat(1001)), ReportKind.SUGGESTED_ALTERNATIVE)).isEqualTo("note");
    }

    @Test
    void a_curators_change_replaces_or_completes_what_was_proposed_field_by_field() {
        ProposalDraft change = new ProposalDraft(null, null, "Curator's reason", null, null, null, null, null, null,
                null, null);

        ProposalDraft amended = NEW_LISTING.amendedBy(change);

        assertThat(amended.reason()).isEqualTo("Curator's reason");
        assertThat(amended.list()).isEqualTo(NEW_LISTING.list());
        assertThat(EMPTY.amendedBy(NEW_LISTING)).isEqualTo(NEW_LISTING);
        assertThat(change.gives("reason")).isTrue();
        assertThat(change.gives("list")).isFalse();
        assertThat(EMPTY.isEmpty()).isTrue();
        assertThat(change.isEmpty()).isFalse();
    }

    @Test
    void a_proposal_reads_back_from_its_draft() {
        List<ProposalDraft> drafts = List.of(NEW_LISTING, CORRECTION, ALTERNATIVE,
                new ProposalDraft(null, 7L, null, null, null, true, null, null, null, null, null),
                new ProposalDraft(null, 7L, "New", null, List.of(), null, null, null, null, null, null),
                alternative(new ProductId(5), null, null, null));
        List<ReportKind> kinds = List.of(ReportKind.MISSING_ENTRY, ReportKind.CORRECTION,
                ReportKind.SUGGESTED_ALTERNATIVE, ReportKind.CORRECTION, ReportKind.CORRECTION,
                ReportKind.SUGGESTED_ALTERNATIVE);

        for (int i = 0; i < drafts.size(); i++) {
            Proposal proposal = drafts.get(i).toProposal(kinds.get(i));
            assertThat(ProposalDraft.of(proposal).toProposal(kinds.get(i))).isEqualTo(proposal);
        }
    }

    @Test
    void a_report_carries_a_proposal_of_its_own_kind_about_its_target() {
        Proposal listing = NEW_LISTING.toProposal(ReportKind.MISSING_ENTRY);
        Optional<ListingTarget> product = Optional.of(new ProductId(3));
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        assertThat(Report.submit(ReportKind.MISSING_ENTRY, "Add it", product, Optional.empty(),
                Optional.of(listing), now).proposal()).contains(listing);
        assertThatThrownBy(() -> Report.submit(ReportKind.CORRECTION, "Add it", product, Optional.empty(),
                Optional.of(listing), now)).hasFieldOrPropertyWithValue("field", "proposal");
        assertThatThrownBy(() -> Report.submit(ReportKind.MISSING_ENTRY, "Add it", Optional.empty(), Optional.empty(),
                Optional.of(listing), now)).hasFieldOrPropertyWithValue("field", "target");
        assertThat(Report.submit(ReportKind.CORRECTION, "Lower it", Optional.empty(), Optional.empty(),
                Optional.of(CORRECTION.toProposal(ReportKind.CORRECTION)), now).accept(now, "").proposal())
                .isPresent();
    }

    private static ProposalDraft draft(String field, String value) {
        return switch (field) {
            case "list" -> new ProposalDraft(value, null, "Why", "LOW", null, null, null, null, null, null, null);
            case "severity" -> new ProposalDraft("boycott", null, "Why", value, null, null, null, null, null, null,
                    null);
            default -> new ProposalDraft("boycott", null, value, "LOW", null, null, null, null, null, null, null);
        };
    }

    private static ProposalDraft alternative(ListingTarget suggested, String name, String brand, String origin) {
        return new ProposalDraft(null, null, null, null, null, null, suggested, name, brand, origin, null);
    }

    private static String field(ProposalDraft draft, ReportKind kind) {
        try {
            draft.toProposal(kind);
        } catch (InvalidValueException e) {
            return e.field();
        }
        throw new AssertionError("accepted " + draft);
    }
}
