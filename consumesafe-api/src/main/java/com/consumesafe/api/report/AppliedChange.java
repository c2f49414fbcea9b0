package com.consumesafe.api.report;

import com.consumesafe.domain.audit.AuditEvent;
import java.util.Map;

/**
 * One change accepting a report made, as the audit trail records it.
 *
 * @param action   what was done, such as {@code listing.created}
 * @param entity   the kind of thing changed, such as {@code listing}
 * @param id       which one
 * @param detail   what changed
 */
record AppliedChange(String action, String entity, String id, Map<String, String> detail) {

    static AppliedChange of(AuditEvent event) {
        return new AppliedChange(event.action(), event.entity(), event.entityId(), event.detail());
    }

    /** One line for the report's own audit record. */
    String summary() {
        return action + " " + entity + " " + id;
    }
}
