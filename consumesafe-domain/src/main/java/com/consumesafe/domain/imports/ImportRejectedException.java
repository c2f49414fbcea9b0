package com.consumesafe.domain.imports;

import java.util.List;

/** An import refused as a whole, with every bad row, so that nothing of the file is stored. */
public class ImportRejectedException extends RuntimeException {

    private final transient List<RowError> errors;

    public ImportRejectedException(List<RowError> errors) {
        super(errors.size() + " bad row(s); nothing was imported");
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
