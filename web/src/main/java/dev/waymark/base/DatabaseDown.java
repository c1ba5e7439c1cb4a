package dev.waymark.base;

import java.net.ConnectException;
import java.sql.SQLException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Tells a failure caused by the database being unreachable from any other failure. */
public final class DatabaseDown {

    private DatabaseDown() {
    }

    /**
     * True when {@code error} or one of its causes says the database cannot be reached: no connection
     * for a transaction, a connection refused or broken, or the server shutting down (SQL states
     * 08xxx and 57Pxx).
     */
    public static boolean causes(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessException || cause instanceof ConnectException) {
                return true;
            }
            // A failed rollback keeps the failure that caused it aside, not as its cause.
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && causes(rollback.getApplicationException())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
