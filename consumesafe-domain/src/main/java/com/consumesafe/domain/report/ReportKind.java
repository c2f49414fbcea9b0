package com.consumesafe.domain.report;

/** What a member of the public reports. */
public enum ReportKind {
    CORRECTION,
    MISSING_ENTRY,
    SUGGESTED_ALTERNATIVE
}
