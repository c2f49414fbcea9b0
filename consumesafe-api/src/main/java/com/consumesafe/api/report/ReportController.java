package com.consumesafe.api.report;

import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.NotFoundException;
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
    private final Clock clock;

    ReportController(Reports reports, Optional<Clock> clock) {
        this.reports = reports;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @PostMapping
    @Operation(summary = "Report a correction, a missing entry or an alternative; answers 202 with its id")
    ResponseEntity<ReportStatusResponse> submit(@RequestBody(required = false) ReportSubmission submission) {
        if (submission == null) {
            throw new InvalidValueException("body", "must be a JSON object with kind and text");
        }
        Report report = reports.save(Report.submit(kind(submission.kind()), submission.text(),
                Optional.ofNullable(submission.target()).map(target -> target.toTarget("target")),
                Optional.ofNullable(submission.contact()), clock.instant()));
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
