package dev.waymark.webhook;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One event for one webhook, with its delivery log: sent as {@code payload} (the exact bytes that are signed) until
 * the receiver answers 2xx or the retry period ends.
 *
 * @param id the {@code Waymark-Delivery} header; a new one for each "send again"
 * @param eventId the event's id, in the payload: the same for every delivery of one event, for receivers to drop
 *                duplicates
 */
public record Delivery(UUID id, WebhookId webhookId, UUID eventId, WebhookEvent event, String payload,
                       DeliveryStatus status, int attempts, Instant createdAt, Instant nextAttemptAt,
                       @Nullable Instant lastAttemptAt, @Nullable Integer lastStatusCode, @Nullable String lastError,
                       @Nullable Instant deliveredAt) {

    public static final int ERROR_MAX_LENGTH = 500;
}
