package com.consumesafe.domain.check;

/** Why a check could not say LISTED or NOT_LISTED: never read as "clean". */
public enum UnknownReason {
    /** Nothing in the catalog looks like what was asked. */
    NOT_IN_CATALOG,
    /** Only look-alikes matched; they are offered as suggestions, each with its own verdict. */
    NO_CONFIDENT_MATCH,
    /** Several names could be meant equally well, such as a common word inside several names. */
    AMBIGUOUS,
    /** The barcode is an in-store, company-internal or coupon number: it names nothing outside one shop. */
    RESTRICTED_BARCODE,
    /** The match is known but its ownership cannot be followed to its end. */
    OWNERSHIP_UNKNOWN
}
