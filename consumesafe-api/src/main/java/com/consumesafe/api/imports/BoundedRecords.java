package com.consumesafe.api.imports;

import java.util.Iterator;
import java.util.List;

/** The records of a file, refusing the import (413) as soon as there are more data records than the limit. */
final class BoundedRecords implements Iterable<List<String>> {

    private final Iterator<List<String>> records;
    private final int maxRows;

    BoundedRecords(Iterator<List<String>> records, int maxRows) {
        this.records = records;
        this.maxRows = maxRows;
    }

    @Override
    public Iterator<List<String>> iterator() {
        return new Iterator<>() {
            // the header is record 0 and does not count
            private int dataRecords = -1;

            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public List<String> next() {
                List<String> record = records.next();
                if (++dataRecords > maxRows) {
                    throw ImportTooLargeException.rows(maxRows);
                }
                return record;
            }
        };
    }
}
