package com.consumesafe.api.imports;

/** An import that clashed with a concurrent change of the same names; nothing of it was stored (409, retry). */
class ImportConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ImportConflictException(Throwable cause) {
        super("The import clashed with a change made at the same time to the same companies, brands, products or"
                + " list; nothing of it was stored. Retry the import: it will match what the other change stored.",
                cause);
    }
}
