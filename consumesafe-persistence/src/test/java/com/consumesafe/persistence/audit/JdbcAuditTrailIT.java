package com.consumesafe.persistence.audit;

import com.consumesafe.domain.audit.AuditTrail;
import com.consumesafe.domain.audit.AuditTrailContract;
import com.consumesafe.persistence.PersistenceIT;
import org.springframework.beans.factory.annotation.Autowired;

@PersistenceIT
class JdbcAuditTrailIT extends AuditTrailContract {

    @Autowired
    private AuditTrail trail;

    @Override
    protected AuditTrail trail() {
        return trail;
    }
}
