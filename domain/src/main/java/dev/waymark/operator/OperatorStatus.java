package dev.waymark.operator;

/** Whether an operator still serves customers under its own name. */
public enum OperatorStatus {
    ACTIVE,
    /** Taken over by or merged into another operator; its customers were moved. */
    MERGED,
    /** Closed down; its numbers no longer work. */
    SHUT_DOWN
}
