package com.consumesafe.api.problem;

import java.sql.SQLException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Tells a failure caused by the database being out of reach from any other failure of a data access. */
final class DatabaseOutage {

    // SQLSTATE classes: 08 connection exception, 53 insufficient resources, 57P server shutting down or starting
    private static final String[] UNREACHABLE = {"08", "53", "57P"};
    // query_canceled: what PostgreSQL says when statement_timeout cuts a statement
    private static final String CANCELED = "57014";

    private DatabaseOutage() {
    }

    static boolean explains(Throwable failure) {
        if (failure instanceof DataAccessResourceFailureException
                || failure instanceof TransientDataAccessResourceException
                || failure instanceof QueryTimeoutException || failure instanceof CannotCreateTransactionException) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // PostgreSQL gives every error it raises a SQLSTATE; one without came from the pool or the driver, such
            // as the rollback on a connection the pool already closed as broken
            if (cause instanceof SQLException sql && (sql.getSQLState() == null || unreachable(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean unreachable(String state) {
        for (String prefix : UNREACHABLE) {
            if (state.startsWith(prefix)) {
                return true;
            }
        }
        return CANCELED.equals(state);
    }
}
