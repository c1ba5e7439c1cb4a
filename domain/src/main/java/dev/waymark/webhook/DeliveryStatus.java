package dev.waymark.webhook;

/** Where a delivery stands. */
public enum DeliveryStatus {
    /** Not sent yet, or failed and due again at its next attempt time. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Given up: still failing after the retry period, or the webhook was removed. */
    FAILED
}
