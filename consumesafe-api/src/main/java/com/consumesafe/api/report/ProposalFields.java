package com.consumesafe.api.report;

import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.report.Proposal;
import com.consumesafe.domain.report.ProposalDraft;
import com.consumesafe.domain.report.Report;
import com.consumesafe.domain.report.ReportKind;
import java.util.Optional;

/**
 * Reads proposals and names their fields as the request wrote them: {@code proposal.severity} for what the reporter
 * proposed, {@code change.severity} for what the curator's accept body changed or completed.
 */
final class ProposalFields {

    private static final ProposalDraft NOTHING = new ProposalDraft(null, null, null, null, null, null, null, null,
            null, null, null);

    private final boolean proposed;
    private final ProposalDraft change;

    private ProposalFields(boolean proposed, ProposalDraft change) {
        this.proposed = proposed;
        this.change = change == null ? NOTHING : change;
    }

    /** The fields of a report's proposal as a curator's change (none when null) amends them. */
    static ProposalFields of(Report report, ProposalDraft change) {
        return new ProposalFields(report.proposal().isPresent(), change);
    }

    /** A submitted proposal for a report of the given kind; empty when the body says nothing. */
    static Optional<Proposal> submitted(ProposalBody body, ReportKind kind) {
        ProposalDraft draft = body == null ? NOTHING : body.toDraft("proposal");
        return draft.isEmpty() ? Optional.empty() : Optional.of(new ProposalFields(true, null).read(draft, kind));
    }

    /** The request field that carried a field of the proposal; {@code target} is a field of both bodies. */
    String name(String field) {
        if ("target".equals(field)) {
            return field;
        }
        boolean changed = !change.isEmpty() && (field.isEmpty() || change.gives(field) || !proposed);
        String body = changed ? "change" : "proposal";
        return field.isEmpty() ? body : body + "." + field;
    }

    /** What accepting the report applies: its proposal, amended or completed by the change; empty when neither. */
    Optional<Proposal> amend(Report report) {
        if (change.isEmpty()) {
            return report.proposal();
        }
        ProposalDraft amended = report.proposal().map(ProposalDraft::of).orElse(NOTHING).amendedBy(change);
        return Optional.of(read(amended, report.kind()));
    }

    private Proposal read(ProposalDraft draft, ReportKind kind) {
        try {
            return draft.toProposal(kind);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(name(e.field()), e.getMessage());
        }
    }
}
