package com.consumesafe.domain.imports;

import com.consumesafe.domain.InvalidValueException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The layouts an import reads. */
public enum ImportFormat {
    LEGACY(LegacyFormat::read),
    NATIVE(NativeFormat::read);

    private final Function<Iterable<List<String>>, ImportPlan> reader;

    ImportFormat(Function<Iterable<List<String>>, ImportPlan> reader) {
        this.reader = reader;
    }

    /** Reads "legacy" or "native" as a request names it. */
    public static ImportFormat parse(String text) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (ImportFormat format : values()) {
            if (format.name().equals(name)) {
                return format;
            }
        }
        throw new InvalidValueException("format", "must be legacy or native");
    }

    /** The plan the records describe, or every bad row at once; records are read once, in order. */
    public ImportPlan read(Iterable<List<String>> records) {
        return reader.apply(records);
    }
}
