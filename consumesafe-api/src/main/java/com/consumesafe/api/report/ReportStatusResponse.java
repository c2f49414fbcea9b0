package com.consumesafe.api.report;

import com.consumesafe.api.catalog.TargetReference;
import com.consumesafe.domain.report.Report;
import java.time.Instant;
import java.util.UUID;

/**
 * A report as its reporter may see it: never the contact details.
 *
 * @param id          its id
 * @param kind        what was reported
 * @param status      PENDING, ACCEPTED or REJECTED
 * @param target      what it is about, if anything
 * @param proposal    the change it proposes, if it proposes one beyond its text
 * @param submittedAt when it came in
 * @param decidedAt   when a curator decided, if they have
 * @param decision    the curator's reason
 */
record ReportStatusResponse(UUID id, String kind, String status, TargetReference target, ProposalBody proposal,
                            Instant submittedAt, Instant decidedAt, String decision) {

    static ReportStatusResponse of(Report report) {
        return new ReportStatusResponse(report.id(), report.kind().name(), report.status().name(),
                report.target().map(TargetReference::of).orElse(null),
                report.proposal().map(ProposalBody::of).orElse(null), report.submittedAt(),
                report.decidedAt().orElse(null), report.decision());
    }
}
