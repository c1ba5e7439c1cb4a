package dev.waymark.operator;

import dev.waymark.guide.OperatorCode;

/**
 * Thrown when an operator is saved from a revision someone else has replaced since it was loaded. Nothing was
 * written; the caller reloads and reapplies its change.
 */
public class StaleOperatorException extends RuntimeException {

    public StaleOperatorException(OperatorCode code, int expectedRevision) {
        super("operator " + code + " was changed by someone else since it was opened (revision " + expectedRevision
                + " is no longer the latest); nothing was saved");
    }
}
