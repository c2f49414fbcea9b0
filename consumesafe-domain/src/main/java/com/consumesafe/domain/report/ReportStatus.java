package com.consumesafe.domain.report;

/** Where a report stands: pending until a curator accepts or rejects it. */
public enum ReportStatus {
    PENDING,
    ACCEPTED,
    REJECTED
}
