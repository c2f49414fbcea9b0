package com.consumesafe.persistence.report;

import com.consumesafe.domain.catalog.ListingTarget;
import com.consumesafe.domain.catalog.TargetKind;
import com.consumesafe.domain.report.Proposal;
import com.consumesafe.domain.report.ProposalDraft;
import com.consumesafe.domain.report.ReportKind;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** A report's proposal in the report_proposal table, written and read back through its draft. */
final class ProposalColumns {

    static final String SELECT = "p.report_id AS proposal_report_id, p.list_slug, p.listing_id, p.reason,"
            + " p.severity, p.sources, p.retire, p.suggested_kind, p.suggested_id, p.name, p.brand, p.origin, p.note";

    static final String JOIN = " LEFT JOIN report_proposal p ON p.report_id = r.id";

    private static final String INSERT = "INSERT INTO report_proposal (report_id, list_slug, listing_id, reason,"
            + " severity, sources, retire, suggested_kind, suggested_id, name, brand, origin, note)"
            + " VALUES (?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (report_id) DO NOTHING";

    private ProposalColumns() {
    }

    /** Stores the proposal once; a decision never changes what was proposed. */
    static void insert(JdbcTemplate jdbc, UUID report, Proposal proposal) {
        ProposalDraft draft = ProposalDraft.of(proposal);
        Optional<ListingTarget> suggested = Optional.ofNullable(draft.suggested());
        jdbc.update(INSERT, report, draft.list(), draft.listing(), draft.reason(), draft.severity(),
                draft.sources() == null ? null : draft.sources().toArray(String[]::new),
                Boolean.TRUE.equals(draft.retire()), suggested.map(target -> target.kind().name()).orElse(null),
                suggested.map(ListingTarget::value).orElse(null), draft.name(), draft.brand(), draft.origin(),
                draft.note());
    }

    /** The proposal of the report on this row, if it has one. */
    static Optional<Proposal> read(ResultSet row, ReportKind kind) throws SQLException {
        if (row.getObject("proposal_report_id") == null) {
            return Optional.empty();
        }
        Array sources = row.getArray("sources");
        String suggestedKind = row.getString("suggested_kind");
        ProposalDraft draft = new ProposalDraft(row.getString("list_slug"), row.getObject("listing_id", Long.class),
                row.getString("reason"), row.getString("severity"),
                sources == null ? null : List.of((String[]) sources.getArray()),
                row.getBoolean("retire") ? Boolean.TRUE : null,
                suggestedKind == null ? null : ListingTarget.of(TargetKind.valueOf(suggestedKind),
                        row.getLong("suggested_id")),
                row.getString("name"), row.getString("brand"), row.getString("origin"), row.getString("note"));
        return Optional.of(draft.toProposal(kind));
    }
}
