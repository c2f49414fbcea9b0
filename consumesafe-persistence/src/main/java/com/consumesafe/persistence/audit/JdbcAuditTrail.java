package com.consumesafe.persistence.audit;

import com.consumesafe.domain.audit.AuditEvent;
import com.consumesafe.domain.audit.AuditTrail;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The AuditTrail port on PostgreSQL; the detail is built as JSON by the database from two text arrays. */
@Component
class JdbcAuditTrail implements AuditTrail {

    private final JdbcTemplate jdbc;

    JdbcAuditTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(AuditEvent event) {
        List<String> keys = new ArrayList<>(event.detail().keySet());
        List<String> values = keys.stream().map(event.detail()::get).toList();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("INSERT INTO audit_event (at, actor, action, entity, entity_id,"
                    + " detail) VALUES (?, ?, ?, ?, ?, jsonb_object(?::text[], ?::text[]))");
            insert.setTimestamp(1, Timestamp.from(event.at()));
            insert.setString(2, event.actor());
            insert.setString(3, event.action());
            insert.setString(4, event.entity());
            insert.setString(5, event.entityId());
            insert.setArray(6, connection.createArrayOf("text", keys.toArray()));
            insert.setArray(7, connection.createArrayOf("text", values.toArray()));
            return insert;
        });
    }

    @Override
    public List<AuditEvent> of(String entity, String entityId) {
        return jdbc.query("SELECT at, actor, action, entity, entity_id,"
                + " ARRAY(SELECT key FROM jsonb_each_text(detail) ORDER BY key) AS keys,"
                + " ARRAY(SELECT value FROM jsonb_each_text(detail) ORDER BY key) AS vals"
                + " FROM audit_event WHERE entity = ? AND entity_id = ? ORDER BY at DESC, id DESC",
                (row, number) -> new AuditEvent(row.getTimestamp("at").toInstant(), row.getString("actor"),
                        row.getString("action"), row.getString("entity"), row.getString("entity_id"),
                        detail(row.getArray("keys"), row.getArray("vals"))),
                entity, entityId);
    }

    private static Map<String, String> detail(Array keys, Array values) throws SQLException {
        String[] names = (String[]) keys.getArray();
        String[] texts = (String[]) values.getArray();
        Map<String, String> detail = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            detail.put(names[i], texts[i]);
        }
        return detail;
    }
}
