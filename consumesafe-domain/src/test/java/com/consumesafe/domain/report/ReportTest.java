package com.consumesafe.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consumesafe.domain.ConflictException;
import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.catalog.ProductId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReportTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);

    private final Report pending = Report.submit(ReportKind.CORRECTION, "  Wrong owner  ",
            Optional.of((ListingTarget) new ProductId(4)), Optional.of("  "), NOW);

    @Test
    void a_new_report_is_pending_with_a_random_id() {
        Report other = Report.submit(ReportKind.MISSING_ENTRY, "Add it", Optional.empty(), Optional.empty(), NOW);

        assertThat(pending.status()).isEqualTo(ReportStatus.PENDING);
        assertThat(pending.isPending()).isTrue();
        assertThat(pending.id()).isNotEqualTo(other.id());
        assertThat(pending.text()).isEqualTo("Wrong owner");
        assertThat(pending.contact()).isEmpty();
        assertThat(pending.decidedAt()).isEmpty();
        assertThat(pending.target()).contains(new ProductId(4));
    }

    @Test
    void a_curator_accepts_or_rejects_a_pending_report_once() {
        Report accepted = pending.accept(LATER, "Fixed");
        Report rejected = pending.reject(LATER, "No source");

        assertThat(accepted.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(accepted.decidedAt()).contains(LATER);
        assertThat(accepted.decision()).isEqualTo("Fixed");
        assertThat(rejected.status()).isEqualTo(ReportStatus.REJECTED);
        assertThatThrownBy(() -> accepted.reject(LATER, "")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already ACCEPTED");
        assertThatThrownBy(() -> rejected.accept(LATER, "")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> pending.accept(null, "")).hasFieldOrPropertyWithValue("field", "decidedAt");
    }

    @Test
    void needs_a_kind_some_text_and_a_time_and_bounds_what_people_write() {
        assertThatThrownBy(() -> Report.submit(null, "x", null, null, NOW))
                .hasFieldOrPropertyWithValue("field", "kind");
        assertThatThrownBy(() -> Report.submit(ReportKind.CORRECTION, " ", null, null, NOW))
                .isInstanceOf(InvalidValueException.class).hasFieldOrPropertyWithValue("field", "text");
        assertThatThrownBy(() -> Report.submit(ReportKind.CORRECTION, "t".repeat(4001), null, null, NOW))
                .hasFieldOrPropertyWithValue("field", "text");
        assertThatThrownBy(() -> Report.submit(ReportKind.CORRECTION, "x", null, Optional.of("c".repeat(201)), NOW))
                .hasFieldOrPropertyWithValue("field", "contact");
        assertThatThrownBy(() -> Report.submit(ReportKind.CORRECTION, "x", null, null, null))
                .hasFieldOrPropertyWithValue("field", "submittedAt");
        assertThatThrownBy(() -> new Report(null, ReportKind.CORRECTION, "x", null, null, null, null, NOW, null, ""))
                .hasFieldOrPropertyWithValue("field", "id");
    }

    @Test
    void is_decided_exactly_when_it_has_a_decision_time() {
        UUID id = UUID.randomUUID();

        assertThatThrownBy(() -> new Report(id, ReportKind.CORRECTION, "x", null, null, null, ReportStatus.ACCEPTED,
                NOW, Optional.empty(), "")).hasFieldOrPropertyWithValue("field", "decidedAt");
        assertThatThrownBy(() -> new Report(id, ReportKind.CORRECTION, "x", null, null, null, ReportStatus.PENDING,
                NOW, Optional.of(NOW), "")).hasFieldOrPropertyWithValue("field", "decidedAt");
        assertThat(new Report(id, ReportKind.CORRECTION, "x", null, Optional.of(" a@b.c "), null, null, NOW, null,
                null))
                .satisfies(report -> {
                    assertThat(report.status()).isEqualTo(ReportStatus.PENDING);
                    assertThat(report.contact()).contains("a@b.c");
                    assertThat(report.decision()).isEmpty();
                });
    }
}
