package com.consumesafe.domain.audit;

import java.util.List;

/** Port: where curators' changes are recorded. */
public interface AuditTrail {

    void record(AuditEvent event);

    /** The events about one entity, newest first. */
    List<AuditEvent> of(String entity, String entityId);
}
