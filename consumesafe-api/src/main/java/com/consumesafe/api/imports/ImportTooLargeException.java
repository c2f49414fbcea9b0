package com.consumesafe.api.imports;

/** An import beyond the configured limits, refused before anything of it is stored. */
class ImportTooLargeException extends RuntimeException {

    ImportTooLargeException(String message) {
        super(message);
    }

    static ImportTooLargeException bytes(long max) {
        return new ImportTooLargeException("The body has more than " + max + " bytes; an import takes at most "
                + max + " (consumesafe.imports.max-bytes).");
    }

    static ImportTooLargeException rows(int max) {
        return new ImportTooLargeException("The file has more than " + max + " records; an import takes at most "
                + max + " (consumesafe.imports.max-rows).");
    }
}
