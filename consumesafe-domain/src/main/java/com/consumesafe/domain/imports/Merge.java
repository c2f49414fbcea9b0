package com.consumesafe.domain.imports;

/**
 * A spelling merged into another because their name keys meet, such as "Soda Stream" into "SodaStream": into one
 * seen earlier in the file, or into one the catalog already holds under the same owner.
 *
 * @param kind   company, brand or product
 * @param name   the spelling merged
 * @param into   the spelling kept: the first one seen, or the stored one
 * @param row    the first record that used the merged spelling
 * @param stored whether the spelling kept is the one already stored in the catalog
 */
public record Merge(String kind, String name, String into, int row, boolean stored) {

    /** A merge into a spelling seen earlier in the same file. */
    public Merge(String kind, String name, String into, int row) {
        this(kind, name, into, row, false);
    }
}
