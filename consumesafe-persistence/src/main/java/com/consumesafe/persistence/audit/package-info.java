/** The audit trail in the table audit_event, behind the AuditTrail port. */
package com.consumesafe.persistence.audit;
