package com.consumesafe.domain.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Reads RFC 4180 CSV: quoted fields with commas, doubled quotes and line breaks, CRLF or LF, an optional BOM.
 * Record by record from a stream, so that an import holds one record at a time rather than the whole file; a field
 * holding a NUL character, which no text column can store, is refused with its row and column. Written here rather
 * than taken from a library so that the domain stays free of dependencies.
 */
public final class CsvReader implements Iterator<List<String>> {

    static final String NUL_REFUSED = "must not contain the NUL character";

    private static final char BOM = '\uFEFF';
    private static final int END = -1;
    private static final int NONE = -2;

    private final Reader in;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private int pushedBack = NONE;
    private int row;
    private List<String> header;
    private List<String> next;
    private boolean done;

    /** Reads the records of the stream as they are asked for; an I/O failure is thrown unchecked. */
    public CsvReader(Reader in) {
        this.in = in;
    }

    /** Every record of the text, the header first; a blank line yields a record of one empty field. */
    public static List<List<String>> read(String text) {
        List<List<String>> records = new ArrayList<>();
        new CsvReader(new StringReader(text)).forEachRemaining(records::add);
        return records;
    }

    /** Whether the record holds nothing but blanks, as an empty line does. */
    public static boolean isBlank(List<String> record) {
        return record.stream().allMatch(String::isBlank);
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = record();
            done = next == null;
        }
        return next != null;
    }

    @Override
    public List<String> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more records");
        }
        List<String> record = next;
        next = null;
        if (row == 0) {
            header = record;
        }
        row++;
        return record;
    }

    private List<String> record() {
        int c = take();
        if (row == 0 && c == BOM) {
            c = take();
        }
        if (c == END) {
            return null;
        }
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        while (c != END) {
            char character = (char) c;
            if (quoted) {
                if (character != '"') {
                    field.append(character);
                } else if (peek() == '"') {
                    field.append('"');
                    take();
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else if (character == ',') {
                add(record, field);
                afterQuote = false;
            } else if (character == '\r' || character == '\n') {
                if (character == '\r' && peek() == '\n') {
                    take();
                }
                break;
            } else if (character == '"' && field.isEmpty() && !afterQuote) {
                quoted = true;
            } else if (afterQuote) {
                throw refused("row", "has text after a closing quote");
            } else {
                field.append(character);
            }
            c = take();
        }
        if (quoted) {
            throw refused("row", "has a quote that is never closed");
        }
        add(record, field);
        return record;
    }

    private void add(List<String> record, StringBuilder field) {
        if (field.indexOf("\0") >= 0) {
            throw refused(column(record.size()), NUL_REFUSED);
        }
        record.add(field.toString());
        field.setLength(0);
    }

    // the header's name for the column, as the rest of an import's errors name it
    private String column(int index) {
        return header != null && index < header.size() && !header.get(index).isBlank()
                ? header.get(index).strip().toLowerCase(Locale.ROOT) : "row";
    }

    private ImportRejectedException refused(String column, String message) {
        return new ImportRejectedException(List.of(new RowError(row, column, message)));
    }

    private int peek() {
        if (pushedBack == NONE) {
            pushedBack = fill();
        }
        return pushedBack;
    }

    private int take() {
        if (pushedBack != NONE) {
            int c = pushedBack;
            pushedBack = NONE;
            return c;
        }
        return fill();
    }

    private int fill() {
        if (position == limit) {
            try {
                limit = in.read(buffer, 0, buffer.length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return END;
            }
        }
        return buffer[position++];
    }
}
