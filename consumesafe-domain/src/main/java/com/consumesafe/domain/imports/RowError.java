package com.consumesafe.domain.imports;

/**
 * One thing wrong with an imported file.
 *
 * @param row     the CSV record it is in: 0 is the header, 1 the first data record
 * @param column  the column that was wrong, or "row" when the record as a whole was
 * @param message what was wrong
 */
public record RowError(int row, String column, String message) {
}
