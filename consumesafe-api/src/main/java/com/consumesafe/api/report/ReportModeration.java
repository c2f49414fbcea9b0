package com.consumesafe.api.report;

import com.consumesafe.api.curation.CuratorAuthentication;
import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.NotFoundException;
import com.consumesafe.domain.audit.AuditEvent;
import com.consumesafe.domain.audit.AuditTrail;
import com.consumesafe.domain.report.Report;
import com.consumesafe.domain.report.Reports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Curators work through pending reports. Accepting records the decision; the change itself is made with the
 * curation endpoints, so that every catalog change goes through the same checks and audit.
 */
@RestController
@RequestMapping("/api/v1/curation/reports")
@Tag(name = "Curation")
@SecurityRequirement(name = "curator")
class ReportModeration {

    private static final int MAX_PAGE = 200;

    private final Reports reports;
    private final AuditTrail audit;
    private final Clock clock;

    ReportModeration(Reports reports, AuditTrail audit, Optional<Clock> clock) {
        this.reports = reports;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @GetMapping
    @Operation(summary = "Pending reports, oldest first, with the reporters' contact details")
    List<PendingReport> pending(@RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidValueException("limit", "must be between 1 and " + MAX_PAGE);
        }
        return reports.pending(limit).stream().map(PendingReport::of).toList();
    }

    @PostMapping("/{id}/accept")
    @Transactional
    @Operation(summary = "Accept a pending report")
    ReportStatusResponse accept(@PathVariable UUID id, @RequestBody(required = false) ReportDecision decision,
                                @RequestAttribute(CuratorAuthentication.CURATOR) String curator) {
        return decide(id, decision, curator, "report.accepted", (report, why) -> report.accept(clock.instant(), why));
    }

    @PostMapping("/{id}/reject")
    @Transactional
    @Operation(summary = "Reject a pending report")
    ReportStatusResponse reject(@PathVariable UUID id, @RequestBody(required = false) ReportDecision decision,
                                @RequestAttribute(CuratorAuthentication.CURATOR) String curator) {
        return decide(id, decision, curator, "report.rejected", (report, why) -> report.reject(clock.instant(), why));
    }

    private ReportStatusResponse decide(UUID id, ReportDecision decision, String curator, String action,
                                        BiFunction<Report, String, Report> how) {
        Report report = reports.find(id).orElseThrow(() -> new NotFoundException("report", id.toString()));
        String why = decision == null || decision.decision() == null ? "" : decision.decision();
        Report decided = reports.save(how.apply(report, why));
        audit.record(new AuditEvent(null, curator, action, "report", id.toString(), Map.of("decision", why)));
        return ReportStatusResponse.of(decided);
    }

    /**
     * A pending report as curators see it.
     *
     * @param report  its public status
     * @param text    what was reported
     * @param contact how to reach the reporter, if given
     */
    record PendingReport(ReportStatusResponse report, String text, String contact) {

        static PendingReport of(Report report) {
            return new PendingReport(ReportStatusResponse.of(report), report.text(), report.contact().orElse(null));
        }
    }
}
