package com.consumesafe.api.report;

import com.consumesafe.api.list.KnownLists;
import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.NotFoundException;
import com.consumesafe.domain.report.Proposal;
import com.consumesafe.domain.report.ProposedListing;
import com.consumesafe.domain.report.Report;
import com.consumesafe.domain.report.ReportKind;
import com.consumesafe.domain.report.Reports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Anyone may report something; a curator decides later. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports")
class ReportController {

    private final Reports reports;
    private final KnownLists lists;
    private final Clock clock;

    ReportController(Reports reports, KnownLists lists, Optional<Clock> clock) {
        this.reports = reports;
        this.lists = lists;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @PostMapping
    @Operation(summary = "Report a correction, a missing entry or an alternative; answers 202 with its id",
            description = "kind and text are required; target and contact are optional. An optional proposal says"
                    + " the change in fields a curator can apply by accepting the report: MISSING_ENTRY a listing of"
                    + " the target (list, severity, reason, sources), CORRECTION a change of a listing (listing and"
                    + " a new reason, severity or sources, or retire: true), SUGGESTED_ALTERNATIVE something to buy"
                    + " instead of the target (suggested, or name and brand; origin, note). A bad field is a 400"
                    + " problem naming it, such as proposal.severity.")
    ResponseEntity<ReportStatusResponse> submit(@RequestBody(required = false) ReportSubmission submission) {
        if (submission == null) {
            throw new InvalidValueException("body", "must be a JSON object with kind and text");
        }
        ReportKind kind = kind(submission.kind());
        Optional<Proposal> proposal = ProposalFields.submitted(submission.proposal(), kind);
        proposal.filter(ProposedListing.class::isInstance).map(ProposedListing.class::cast)
                .ifPresent(listing -> lists.slug("proposal.list", listing.list().value()));
        Report report = reports.save(Report.submit(kind, submission.text(),
                Optional.ofNullable(submission.target()).map(target -> target.toTarget("target")),
                Optional.ofNullable(submission.contact()), proposal, clock.instant()));
        return ResponseEntity.accepted().location(URI.create("/api/v1/reports/" + report.id()))
                .body(ReportStatusResponse.of(report));
    }

    @GetMapping("/{id}")
    @Operation(summary = "The status of a report")
    ReportStatusResponse status(@PathVariable UUID id) {
        return reports.find(id).map(ReportStatusResponse::of)
                .orElseThrow(() -> new NotFoundException("report", id.toString()));
    }

    private static ReportKind kind(String kind) {
        try {
            return ReportKind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("kind", "must be CORRECTION, MISSING_ENTRY or SUGGESTED_ALTERNATIVE");
        }
    }
}
