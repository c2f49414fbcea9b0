package com.consumesafe.persistence.catalog;

import com.consumesafe.domain.ConflictException;
import com.consumesafe.domain.NotFoundException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a write that the database may refuse inside a savepoint, so that a refusal leaves the caller's transaction
 * usable, and turns the refusal into the domain's words: a missing reference, or a clash with what is stored.
 */
@Component
class IntegrityViolations {

    private static final String FOREIGN_KEY = "23503";

    private final DataSource dataSource;

    IntegrityViolations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs a write; a broken reference becomes NotFoundException(kind, key), any other refusal a conflict. */
    <T> T translated(Supplier<T> write, String referencedKind, String referencedKey) {
        Connection connection = null;
        Savepoint savepoint = null;
        try {
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                connection = DataSourceUtils.getConnection(dataSource);
                savepoint = connection.setSavepoint();
            }
            T written = write.get();
            if (savepoint != null) {
                connection.releaseSavepoint(savepoint);
            }
            return written;
        } catch (DataIntegrityViolationException e) {
            rollBackTo(connection, savepoint);
            if (e.getMostSpecificCause() instanceof SQLException sql && FOREIGN_KEY.equals(sql.getSQLState())) {
                throw new NotFoundException(referencedKind, referencedKey);
            }
            throw new ConflictException(describe(e));
        } catch (SQLException e) {
            throw new IllegalStateException("Savepoints are part of PostgreSQL: " + e.getMessage(), e);
        } finally {
            if (connection != null) {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
    }

    private static void rollBackTo(Connection connection, Savepoint savepoint) {
        if (savepoint == null) {
            return;
        }
        try {
            connection.rollback(savepoint);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not roll back to the savepoint: " + e.getMessage(), e);
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
