package dev.waymark.operator;

/**
 * The audit actions of the operator registry; the audit target is the operator's code. Filtering the audit record by
 * {@code operator} finds them all.
 */
public final class OperatorActions {

    public static final String CREATE = "operator.create";
    public static final String SAVE = "operator.save";
    public static final String RESTORE = "operator.restore";

    private OperatorActions() {
    }
}
