package com.consumesafe.domain.report;

import com.consumesafe.domain.ConflictException;
import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.Text;
import com.consumesafe.domain.catalog.ListingTarget;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Something a member of the public submits, pending until a curator accepts or rejects it.
 *
 * @param id          its id, hard to guess so that it can be shown to whoever submitted it
 * @param kind        what it reports
 * @param text        what the person wrote
 * @param target      what in the catalog it is about, if anything
 * @param contact     how to reach the person, if they said
 * @param proposal    the change it proposes, if the person gave one beyond their text
 * @param status      where it stands
 * @param submittedAt when it was submitted
 * @param decidedAt   when a curator decided it, once decided
 * @param decision    what the curator said when deciding; empty until then or when they said nothing
 */
public record Report(UUID id, ReportKind kind, String text, Optional<ListingTarget> target, Optional<String> contact,
                     Optional<Proposal> proposal, ReportStatus status, Instant submittedAt,
                     Optional<Instant> decidedAt, String decision) {

    public static final int MAX_TEXT_LENGTH = 4000;
    public static final int MAX_CONTACT_LENGTH = 200;
    public static final int MAX_DECISION_LENGTH = 2000;

    public Report {
        if (id == null) {
            throw new InvalidValueException("id", "must not be empty");
        }
        if (kind == null) {
            throw new InvalidValueException("kind", "must be CORRECTION, MISSING_ENTRY or SUGGESTED_ALTERNATIVE");
        }
        text = Text.required("text", text, MAX_TEXT_LENGTH);
        target = target == null ? Optional.empty() : target;
        contact = contact == null ? Optional.empty()
                : contact.map(c -> Text.optional("contact", c, MAX_CONTACT_LENGTH)).filter(c -> !c.isEmpty());
        proposal = proposal == null ? Optional.empty() : proposal;
        if (proposal.isPresent() && proposal.get().kind() != kind) {
            throw new InvalidValueException("proposal", "a " + proposal.get().kind() + " proposal does not fit a "
                    + kind + " report");
        }
        if (proposal.filter(Proposal::needsTarget).isPresent() && target.isEmpty()) {
            throw new InvalidValueException("target", "must name what the proposal is about");
        }
        status = status == null ? ReportStatus.PENDING : status;
        if (submittedAt == null) {
            throw new InvalidValueException("submittedAt", "must not be empty");
        }
        decidedAt = decidedAt == null ? Optional.empty() : decidedAt;
        if ((status == ReportStatus.PENDING) != decidedAt.isEmpty()) {
            throw new InvalidValueException("decidedAt", "is set exactly when the report is decided");
        }
        decision = Text.optional("decision", decision, MAX_DECISION_LENGTH);
    }

    /** A new pending report with a fresh random id and nothing proposed beyond its text. */
    public static Report submit(ReportKind kind, String text, Optional<ListingTarget> target, Optional<String> contact,
                                Instant now) {
        return submit(kind, text, target, contact, Optional.empty(), now);
    }

    /** A new pending report with a fresh random id. */
    public static Report submit(ReportKind kind, String text, Optional<ListingTarget> target, Optional<String> contact,
                                Optional<Proposal> proposal, Instant now) {
        return new Report(UUID.randomUUID(), kind, text, target, contact, proposal, ReportStatus.PENDING, now,
                Optional.empty(), "");
    }

    public Report accept(Instant now, String decision) {
        return decide(ReportStatus.ACCEPTED, now, decision);
    }

    public Report reject(Instant now, String decision) {
        return decide(ReportStatus.REJECTED, now, decision);
    }

    public boolean isPending() {
        return status == ReportStatus.PENDING;
    }

    private Report decide(ReportStatus outcome, Instant now, String why) {
        if (!isPending()) {
            throw new ConflictException(
                    "Report " + id + " is already " + status + "; only a pending report is decided");
        }
        if (now == null) {
            throw new InvalidValueException("decidedAt", "must not be empty");
        }
        return new Report(id, kind, text, target, contact, proposal, outcome, submittedAt, Optional.of(now), why);
    }
}
