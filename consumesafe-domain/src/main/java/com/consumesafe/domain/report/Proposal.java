package com.consumesafe.domain.report;

/** The change a report proposes, in the catalog's terms, so that a curator's acceptance can make it. */
public sealed interface Proposal permits ProposedListing, ProposedCorrection, ProposedAlternative {

    /** The kind of report that carries this kind of proposal. */
    ReportKind kind();

    /** Whether the change needs the report's target: what a new listing names, what an alternative replaces. */
    default boolean needsTarget() {
        return true;
    }
}
