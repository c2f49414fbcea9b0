package com.consumesafe.persistence.report;

import com.consumesafe.domain.report.Report;
import com.consumesafe.domain.report.ReportKind;
import com.consumesafe.domain.report.ReportStatus;
import com.consumesafe.domain.report.Reports;
import com.consumesafe.persistence.catalog.TargetColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The Reports port on PostgreSQL. */
@Component
class JdbcReports implements Reports {

    private static final String COLUMNS = "id, kind, text, target_kind, target_company_id, target_brand_id,"
            + " target_product_id, contact, status, submitted_at, decided_at, decision";

    private static final String SELECT = "SELECT r." + COLUMNS.replace(", ", ", r.") + ", " + ProposalColumns.SELECT
            + " FROM report r" + ProposalColumns.JOIN;

    private static final String SAVE = "INSERT INTO report (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, decided_at = EXCLUDED.decided_at,"
            + " decision = EXCLUDED.decision";

    private final JdbcTemplate jdbc;

    JdbcReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Report save(Report report) {
        TargetColumns target = TargetColumns.of(report.target());
        jdbc.update(SAVE, report.id(), report.kind().name(), report.text(), target.kind(), target.company(),
                target.brand(), target.product(), report.contact().orElse(null), report.status().name(),
                Timestamp.from(report.submittedAt()), report.decidedAt().map(Timestamp::from).orElse(null),
                report.decision());
        report.proposal().ifPresent(proposal -> ProposalColumns.insert(jdbc, report.id(), proposal));
        return report;
    }

    @Override
    public Optional<Report> find(UUID id) {
        return jdbc.query(SELECT + " WHERE r.id = ?", (row, number) -> report(row), id)
                .stream().findFirst();
    }

    @Override
    public List<Report> pending(int limit) {
        return jdbc.query(SELECT + " WHERE r.status = 'PENDING'"
                + " ORDER BY r.submitted_at, r.id LIMIT ?", (row, number) -> report(row), limit);
    }

    private static Report report(ResultSet row) throws SQLException {
        ReportKind kind = ReportKind.valueOf(row.getString("kind"));
        return new Report(row.getObject("id", UUID.class), kind, row.getString("text"),
                TargetColumns.read(row, "target_kind", "target_"), Optional.ofNullable(row.getString("contact")),
                ProposalColumns.read(row, kind), ReportStatus.valueOf(row.getString("status")),
                row.getTimestamp("submitted_at").toInstant(),
                Optional.ofNullable(row.getTimestamp("decided_at")).map(Timestamp::toInstant),
                row.getString("decision"));
    }
}
