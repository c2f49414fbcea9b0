package com.consumesafe.api.report;

/**
 * A curator's decision on a report.
 *
 * @param decision why it was accepted or rejected, shown to the reporter
 */
record ReportDecision(String decision) {
}
