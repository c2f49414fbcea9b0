package com.consumesafe.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.consumesafe.domain.catalog.BrandId;
import com.consumesafe.domain.catalog.CatalogFixture;
import com.consumesafe.domain.catalog.CompanyId;
import com.consumesafe.domain.catalog.ListingTarget;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link Reports} must do; adapters' tests extend it. */
public abstract class ReportsContract {

    private static final Instant SUBMITTED = Instant.parse("2026-03-04T05:06:07Z");

    /** The port under test, over storage that holds no report submitted before 1991. */
    protected abstract Reports reports();

    /** Puts in place the rows reports refer to. */
    protected abstract CatalogFixture catalog();

    @Test
    void finds_a_saved_report_by_its_id_with_every_field() {
        CompanyId company = catalog().company("Contract Reported Company");
        Report report = Report.submit(ReportKind.CORRECTION, "It belongs to someone else now",
                Optional.of((ListingTarget) company), Optional.of("reader@example.org"), SUBMITTED);

        reports().save(report);

        assertThat(reports().find(report.id())).contains(report);
    }

    @Test
    void keeps_the_decision_of_a_curator() {
        Report report = reports().save(Report.submit(ReportKind.MISSING_ENTRY, "Please add it", Optional.empty(),
                Optional.empty(), SUBMITTED));

        Report rejected = reports().save(report.reject(SUBMITTED.plusSeconds(60), "No source"));

        assertThat(reports().find(report.id())).contains(rejected);
    }

    @Test
    void keeps_the_proposal_of_each_kind_of_report() {
        CompanyId company = catalog().company("Contract Proposed Company");
        BrandId brand = catalog().brand("Contract Proposed Brand", company);
        Optional<ListingTarget> target = Optional.of(company);
        List<Report> submitted = List.of(
                proposing(ReportKind.MISSING_ENTRY, target, new ProposalDraft("contract-list", null, "Why",
                        "HIGH", List.of("https://example.org/a", "https://example.org/b,c"), null, null, null, null,
                        null, null)),
                proposing(ReportKind.MISSING_ENTRY, target, new ProposalDraft("contract-list", null, "Why", "LOW",
                        null, null, null, null, null, null, null)),
                proposing(ReportKind.CORRECTION, Optional.empty(), new ProposalDraft(null, 12L, "New", null, List.of(),
                        null, null, null, null, null, null)),
                proposing(ReportKind.CORRECTION, Optional.empty(), new ProposalDraft(null, 13L, null, null, null,
                        true, null, null, null, null, null)),
                proposing(ReportKind.SUGGESTED_ALTERNATIVE, target, new ProposalDraft(null, null, null, null, null,
                        null, null, "Contract Tea", "Contract Brand", "TN", "Nearby")),
                proposing(ReportKind.SUGGESTED_ALTERNATIVE, target, new ProposalDraft(null, null, null, null, null,
                        null, brand, null, null, null, null)));

        submitted.forEach(reports()::save);
        Report first = submitted.getFirst();
        reports().save(first.accept(SUBMITTED.plusSeconds(1), "Listed"));

        for (Report report : submitted.subList(1, submitted.size())) {
            assertThat(reports().find(report.id())).contains(report);
        }
        assertThat(reports().find(first.id()).orElseThrow().proposal()).isEqualTo(first.proposal());
    }

    @Test
    void knows_nothing_of_an_unknown_id() {
        assertThat(reports().find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void lists_pending_reports_oldest_first_up_to_the_limit() {
        Report older = reports().save(Report.submit(ReportKind.SUGGESTED_ALTERNATIVE, "Older", Optional.empty(),
                Optional.empty(), Instant.parse("1990-01-01T00:00:00Z")));
        Report newer = reports().save(Report.submit(ReportKind.SUGGESTED_ALTERNATIVE, "Newer", Optional.empty(),
                Optional.empty(), Instant.parse("1990-01-02T00:00:00Z")));
        reports().save(Report.submit(ReportKind.CORRECTION, "Decided", Optional.empty(), Optional.empty(),
                Instant.parse("1989-12-31T00:00:00Z")).accept(SUBMITTED, ""));

        assertThat(reports().pending(2)).containsExactly(older, newer);
        assertThat(reports().pending(1)).containsExactly(older);
    }

    private static Report proposing(ReportKind kind, Optional<ListingTarget> target, ProposalDraft draft) {
        return Report.submit(kind, "With a proposal", target, Optional.empty(), Optional.of(draft.toProposal(kind)),
                SUBMITTED);
    }
}
