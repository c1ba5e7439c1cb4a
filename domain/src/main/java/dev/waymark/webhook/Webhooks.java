package dev.waymark.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where webhooks and their deliveries (the outbox) are kept. Implemented in the db module. {@link #enqueue} runs in
 * the caller's transaction, so an event is stored exactly when the change it announces is.
 */
public interface Webhooks {

    void add(Webhook webhook);

    /** Webhooks not removed, oldest first. */
    List<Webhook> list();

    Optional<Webhook> find(WebhookId id);

    /** Marks it removed; its pending deliveries fail with "webhook removed". False when there is none to remove. */
    boolean remove(WebhookId id, Instant at);

    /**
     * Queues the event for every webhook listening to it, due at once.
     *
     * @return how many deliveries were queued
     */
    int enqueue(WebhookEvent event, UUID eventId, String payload, Instant at);

    /**
     * Locks the pending delivery due longest ago (due at or before {@code now}) for the current transaction, skipping
     * those another transaction holds, so that several instances share the work. Call inside a transaction.
     */
    Optional<DueDelivery> claimNext(Instant now);

    /** Records one attempt: status, the receiver's status code (null when none), the error, the next attempt time. */
    void recordAttempt(UUID deliveryId, DeliveryStatus status, @Nullable Integer statusCode, @Nullable String error,
                       Instant attemptedAt, Instant nextAttemptAt);

    /** A webhook's deliveries, newest first. */
    List<Delivery> deliveries(WebhookId id, int limit);

    Optional<Delivery> findDelivery(UUID id);

    /** Queues a copy of the delivery (same event id and payload) under {@code newId}, due at once. */
    Delivery resend(Delivery delivery, UUID newId, Instant at);

    /** A delivery that is due, with where to send it and what to sign it with. */
    record DueDelivery(Delivery delivery, java.net.URI url, String secret) {
    }
}
