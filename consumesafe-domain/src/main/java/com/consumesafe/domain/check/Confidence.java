package com.consumesafe.domain.check;

/** Why a match is trusted to decide a verdict. */
public enum Confidence {
    /** The query is the name, spacing aside. */
    EXACT,
    /** The query is the name's first whole words, and no other name could be meant. */
    PREFIX,
    /** One typing error in a long word, and no other name as close. */
    TYPO,
    /** The product carries the scanned barcode. */
    BARCODE
}
