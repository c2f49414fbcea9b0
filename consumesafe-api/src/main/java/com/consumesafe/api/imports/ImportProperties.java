package com.consumesafe.api.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on one import (consumesafe.imports.*); beyond them the import is refused with 413.
 *
 * @param maxBytes the largest body read
 * @param maxRows  the most data records read
 */
@ConfigurationProperties("consumesafe.imports")
public record ImportProperties(DataSize maxBytes, int maxRows) {

    public ImportProperties {
        maxBytes = maxBytes == null ? DataSize.ofMegabytes(16) : maxBytes;
        maxRows = maxRows <= 0 ? 50_000 : maxRows;
    }
}
