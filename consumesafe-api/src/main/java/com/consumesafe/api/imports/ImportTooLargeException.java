package com.consumesafe.api.imports;

/** An import beyond the configured limits, refused before anything of it is stored. */
class ImportTooLargeException extends RuntimeException {

    ImportTooLargeException(String message) {
        super(message);
    }
}
