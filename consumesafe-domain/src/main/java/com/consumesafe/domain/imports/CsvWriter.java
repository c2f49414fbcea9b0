package com.consumesafe.domain.imports;

import java.util.List;
import java.util.stream.Collectors;

/** Writes CSV records that {@link CsvReader} reads back unchanged: quoted only where a field needs it. */
public final class CsvWriter {

    private CsvWriter() {
    }

    /** One record ending in CRLF, as RFC 4180 asks. */
    public static String line(List<String> fields) {
        return fields.stream().map(CsvWriter::field).collect(Collectors.joining(",", "", "\r\n"));
    }

    static String field(String value) {
        String text = value == null ? "" : value;
        boolean needsQuotes = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || !text.equals(text.strip());
        return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
