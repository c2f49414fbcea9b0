package com.consumesafe.domain.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The header record of a file: where each expected column is, read case-insensitively and trimmed. */
final class Header {

    private final Map<String, Integer> positions;
    private final int width;

    private Header(Map<String, Integer> positions, int width) {
        this.positions = positions;
        this.width = width;
    }

    /** The header, refused with one error per expected column it lacks. */
    static Header of(List<String> record, List<String> expected) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            positions.putIfAbsent(record.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<RowError> missing = expected.stream().filter(column -> !positions.containsKey(column))
                .map(column -> new RowError(0, column, "missing column; the header must name " + expected))
                .toList();
        if (!missing.isEmpty()) {
            throw new ImportRejectedException(missing);
        }
        return new Header(positions, record.size());
    }

    int width() {
        return width;
    }

    /** The column's value in the record, stripped. */
    String value(List<String> record, String column) {
        int position = positions.get(column);
        return position < record.size() ? record.get(position).strip() : "";
    }
}
