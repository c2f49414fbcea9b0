package com.consumesafe.persistence.catalog;

import com.consumesafe.domain.ConflictException;
import com.consumesafe.domain.NotFoundException;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;

/** Turns the database's refusals into the domain's words: a missing reference, or a clash with what is stored. */
final class IntegrityViolations {

    private static final String FOREIGN_KEY = "23503";

    private IntegrityViolations() {
    }

    /** Runs a write; a broken reference becomes NotFoundException(kind, key), any other refusal a conflict. */
    static <T> T translated(Supplier<T> write, String referencedKind, String referencedKey) {
        try {
            return write.get();
        } catch (DataIntegrityViolationException e) {
            if (e.getMostSpecificCause() instanceof SQLException sql && FOREIGN_KEY.equals(sql.getSQLState())) {
                throw new NotFoundException(referencedKind, referencedKey);
            }
            throw new ConflictException(describe(e));
        }
    }

    private static String describe(DataIntegrityViolationException e) {
        String message = e.getMostSpecificCause().getMessage();
        if (message.contains("would own itself")) {
            return "That parent would make the company own itself";
        }
        if (message.contains("product_barcode_pkey")) {
            return "A barcode already belongs to another product";
        }
        if (message.contains("name_key")) {
            return "The same name is already there under the same owner";
        }
        return "The change conflicts with what is stored";
    }
}
