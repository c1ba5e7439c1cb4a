package dev.waymark.report;

/**
 * Thrown when reports an editor wants to close were closed already, by someone else or in another tab. Nothing
 * was changed: the earlier note stays.
 */
public class ReportClosedException extends RuntimeException {

    public ReportClosedException(String message) {
        super(message);
    }
}
