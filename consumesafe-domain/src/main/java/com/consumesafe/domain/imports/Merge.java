package com.consumesafe.domain.imports;

/**
 * A spelling merged into one seen before because their name keys meet, such as "Soda Stream" into "SodaStream".
 *
 * @param kind   company, brand or product
 * @param name   the spelling merged
 * @param into   the spelling kept, the first one seen
 * @param row    the first record that used the merged spelling
 */
public record Merge(String kind, String name, String into, int row) {
}
