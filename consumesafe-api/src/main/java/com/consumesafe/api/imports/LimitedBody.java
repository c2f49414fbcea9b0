package com.consumesafe.api.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A request body read no further than the import limit: one byte beyond it refuses the import (413). */
final class LimitedBody extends FilterInputStream {

    private final long max;
    private long read;

    LimitedBody(InputStream body, long max) {
        super(body);
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        // never ask for more than one byte beyond the limit
        int n = super.read(bytes, offset, (int) Math.min(length, max + 1 - read));
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int bytes) {
        read += bytes;
        if (read > max) {
            throw ImportTooLargeException.bytes(max);
        }
    }
}
