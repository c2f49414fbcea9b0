package com.consumesafe.domain.imports;

/**
 * Something an import did on its own judgement and says so, such as merging a near-duplicate.
 *
 * @param row     the CSV record it concerns: 0 is the header, 1 the first data record
 * @param message what was done and why
 */
public record ImportWarning(int row, String message) {
}
