package com.consumesafe.domain.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV: quoted fields with commas, doubled quotes and line breaks, CRLF or LF, an optional BOM.
 * Written here rather than taken from a library so that the domain stays free of dependencies.
 */
public final class CsvReader {

    private static final char BOM = '\uFEFF';

    private CsvReader() {
    }

    /** Every record of the text, the header first; a blank line yields a record of one empty field. */
    public static List<List<String>> read(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int start = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
        boolean quoted = false;
        boolean afterQuote = false;
        boolean anything = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            anything = true;
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                afterQuote = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
                afterQuote = false;
                anything = false;
            } else if (c == '"' && field.isEmpty() && !afterQuote) {
                quoted = true;
            } else if (afterQuote) {
                throw new ImportRejectedException(List.of(new RowError(records.size(), "row",
                        "has text after a closing quote")));
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new ImportRejectedException(List.of(new RowError(records.size(), "row",
                    "has a quote that is never closed")));
        }
        if (anything) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    /** Whether the record holds nothing but blanks, as an empty line does. */
    public static boolean isBlank(List<String> record) {
        return record.stream().allMatch(String::isBlank);
    }
}
