package com.consumesafe.api.report;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * An accepted report and what accepting it changed in the catalog; the report's fields stay at the top level, as
 * before accepting applied anything.
 *
 * @param report  the report as its reporter now sees it
 * @param applied the changes made, as audited; empty when the report proposed nothing to apply
 */
record AcceptedReport(@JsonUnwrapped ReportStatusResponse report, List<AppliedChange> applied) {
}
