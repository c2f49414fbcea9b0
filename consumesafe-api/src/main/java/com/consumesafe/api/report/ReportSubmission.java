package com.consumesafe.api.report;

import com.consumesafe.api.catalog.TargetReference;

/**
 * What a member of the public sends.
 *
 * @param kind     CORRECTION, MISSING_ENTRY or SUGGESTED_ALTERNATIVE
 * @param text     what is wrong, missing or suggested
 * @param target   the company, brand or product it is about, if any
 * @param contact  how to reach the reporter, if they want to be reached
 * @param proposal the change proposed, in fields a curator can apply by accepting the report (optional)
 */
record ReportSubmission(String kind, String text, TargetReference target, String contact, ProposalBody proposal) {
}
