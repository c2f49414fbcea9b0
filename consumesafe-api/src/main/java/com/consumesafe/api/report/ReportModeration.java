package com.consumesafe.api.report;

import com.consumesafe.api.curation.CuratorAuthentication;
import com.consumesafe.api.problem.FieldError;
import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.NotFoundException;
import com.consumesafe.domain.audit.AuditEvent;
import com.consumesafe.domain.audit.AuditTrail;
import com.consumesafe.domain.catalog.ListingTarget;
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
import java.util.stream.Collectors;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Curators work through pending reports. Accepting one applies the change it proposes, as the curator amended it,
 * in the same transaction as the decision: either both are stored or neither is.
 */
@RestController
@RequestMapping("/api/v1/curation/reports")
@Tag(name = "Curation")
@SecurityRequirement(name = "curator")
class ReportModeration {

    private static final int MAX_PAGE = 200;

    private final Reports reports;
    private final ProposalApplication application;
    private final AuditTrail audit;
    private final Clock clock;

    ReportModeration(Reports reports, ProposalApplication application, AuditTrail audit, Optional<Clock> clock) {
        this.reports = reports;
        this.application = application;
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
    @Operation(summary = "Accept a pending report and apply the change it proposes",
            description = "Applies the report's proposal, with the fields of change replacing or completing it and"
                    + " target replacing the report's target, through the same checks as the curation endpoints,"
                    + " audited under the curator's label with the report's id; answers the report and the changes"
                    + " applied (none for a report that proposes nothing). A change the catalog cannot take is a"
                    + " 422 (something named is missing) or 409 (something is in the way) problem naming the field,"
                    + " and the report stays pending with nothing written.")
    AcceptedReport accept(@PathVariable UUID id, @RequestBody(required = false) ReportAcceptance acceptance,
                          @RequestAttribute(CuratorAuthentication.CURATOR) String curator) {
        Report report = reports.find(id).orElseThrow(() -> new NotFoundException("report", id.toString()));
        String why = acceptance == null || acceptance.decision() == null ? "" : acceptance.decision();
        Report accepted = report.accept(clock.instant(), why);
        ProposalFields fields = ProposalFields.of(report, acceptance == null || acceptance.change() == null ? null
                : acceptance.change().toDraft("change"));
        Optional<ListingTarget> target = acceptance == null || acceptance.target() == null ? report.target()
                : Optional.of(acceptance.target().toTarget("target"));
        List<AppliedChange> applied = fields.amend(report).map(proposal -> application.apply(proposal, target,
                new ProposalApplication.Acceptance(curator, id, fields))).orElse(List.of());
        Report decided = reports.save(accepted);
        audit.record(new AuditEvent(null, curator, "report.accepted", "report", id.toString(), Map.of("decision", why,
                "applied", applied.stream().map(AppliedChange::summary).collect(Collectors.joining("; ")))));
        return new AcceptedReport(ReportStatusResponse.of(decided), applied);
    }

    @PostMapping("/{id}/reject")
    @Transactional
    @Operation(summary = "Reject a pending report")
    ReportStatusResponse reject(@PathVariable UUID id, @RequestBody(required = false) ReportDecision decision,
                                @RequestAttribute(CuratorAuthentication.CURATOR) String curator) {
        return decide(id, decision, curator, "report.rejected", (report, why) -> report.reject(clock.instant(), why));
    }

    @ExceptionHandler
    ProblemDetail refused(ChangeRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.field() + ": " + e.getMessage());
        problem.setTitle("Change not applied");
        problem.setProperty("errors", List.of(new FieldError(e.field(), e.getMessage())));
        return problem;
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
