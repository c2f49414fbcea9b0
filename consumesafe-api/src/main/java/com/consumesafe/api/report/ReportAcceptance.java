package com.consumesafe.api.report;

import com.consumesafe.api.catalog.TargetReference;

/**
 * A curator's acceptance of a report; every field is optional.
 *
 * @param decision why it was accepted, shown to the reporter
 * @param target   the company, brand or product the change is about, instead of the report's target
 * @param change   fields that replace or complete the report's proposal (same fields as the proposal)
 */
record ReportAcceptance(String decision, TargetReference target, ProposalBody change) {
}
