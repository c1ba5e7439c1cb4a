package dev.waymark.webhook;

import java.net.URI;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Webhooks and their deliveries in PostgreSQL; the delivery table is the outbox. */
@Repository
public class JdbcWebhooks implements Webhooks {

    private static final String WEBHOOK_COLUMNS = "id, url, events, secret, created_by, created_at, removed_at";
    private static final String DELIVERY_COLUMNS = "d.id, d.webhook_id, d.event_id, d.event, d.payload, d.status, "
            + "d.attempts, d.created_at, d.next_attempt_at, d.last_attempt_at, d.last_status_code, d.last_error, "
            + "d.delivered_at";

    private final JdbcClient jdbc;

    public JdbcWebhooks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Webhook webhook) {
        jdbc.sql("""
                insert into webhook (id, url, events, secret, created_by, created_at, removed_at)
                values (:id, :url, :events::text[], :secret, :createdBy, :createdAt, :removedAt)
                """)
                .param("id", webhook.id().value())
                .param("url", webhook.url().toString())
                .param("events", webhook.sortedEvents().stream().map(WebhookEvent::key)
                        .collect(Collectors.joining(",", "{", "}")))
                .param("secret", webhook.secret())
                .param("createdBy", webhook.createdBy())
                .param("createdAt", Timestamp.from(webhook.createdAt()))
                .param("removedAt", timestamp(webhook.removedAt()))
                .update();
    }

    @Override
    public List<Webhook> list() {
        return jdbc.sql("select " + WEBHOOK_COLUMNS + " from webhook where removed_at is null order by created_at, id")
                .query((rs, row) -> webhook(rs)).list();
    }

    @Override
    public Optional<Webhook> find(WebhookId id) {
        return jdbc.sql("select " + WEBHOOK_COLUMNS + " from webhook where id = :id").param("id", id.value())
                .query((rs, row) -> webhook(rs)).optional();
    }

    @Override
    public boolean remove(WebhookId id, Instant at) {
        boolean removed = jdbc.sql("update webhook set removed_at = :at where id = :id and removed_at is null")
                .param("id", id.value()).param("at", Timestamp.from(at)).update() == 1;
        if (removed) {
            jdbc.sql("""
                    update webhook_delivery set status = 'FAILED', last_error = 'webhook removed'
                     where webhook_id = :id and status = 'PENDING'
                    """).param("id", id.value()).update();
        }
        return removed;
    }

    @Override
    public int enqueue(WebhookEvent event, UUID eventId, String payload, Instant at) {
        return jdbc.sql("""
                insert into webhook_delivery (id, webhook_id, event_id, event, payload, created_at, next_attempt_at)
                select gen_random_uuid(), id, :eventId, :event, :payload, :at, :at
                  from webhook
                 where removed_at is null and :event = any(events)
                """)
                .param("eventId", eventId)
                .param("event", event.key())
                .param("payload", payload)
                .param("at", Timestamp.from(at))
                .update();
    }

    @Override
    public Optional<DueDelivery> claimNext(Instant now) {
        return jdbc.sql("select " + DELIVERY_COLUMNS + ", w.url, w.secret"
                        + " from webhook_delivery d join webhook w on w.id = d.webhook_id"
                        + " where d.status = 'PENDING' and d.next_attempt_at <= :now"
                        + " order by d.next_attempt_at limit 1"
                        + " for update of d skip locked")
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new DueDelivery(delivery(rs), URI.create(rs.getString("url")),
                        rs.getString("secret")))
                .optional();
    }

    @Override
    public void recordAttempt(UUID deliveryId, DeliveryStatus status, @Nullable Integer statusCode,
                              @Nullable String error, Instant attemptedAt, Instant nextAttemptAt) {
        jdbc.sql("""
                update webhook_delivery
                   set status = :status, attempts = attempts + 1, last_attempt_at = :at, last_status_code = :code,
                       last_error = :error, next_attempt_at = :next,
                       delivered_at = case when :status = 'DELIVERED' then :at else delivered_at end
                 where id = :id
                """)
                .param("id", deliveryId)
                .param("status", status.name())
                .param("code", statusCode, java.sql.Types.INTEGER)
                .param("error", error == null ? null
                        : error.length() <= Delivery.ERROR_MAX_LENGTH ? error
                        : error.substring(0, Delivery.ERROR_MAX_LENGTH), java.sql.Types.VARCHAR)
                .param("at", Timestamp.from(attemptedAt))
                .param("next", Timestamp.from(nextAttemptAt))
                .update();
    }

    @Override
    public List<Delivery> deliveries(WebhookId id, int limit) {
        return jdbc.sql("select " + DELIVERY_COLUMNS + " from webhook_delivery d where d.webhook_id = :id"
                        + " order by d.created_at desc, d.id limit :limit")
                .param("id", id.value()).param("limit", Math.max(0, limit))
                .query((rs, row) -> delivery(rs)).list();
    }

    @Override
    public Optional<Delivery> findDelivery(UUID id) {
        return jdbc.sql("select " + DELIVERY_COLUMNS + " from webhook_delivery d where d.id = :id").param("id", id)
                .query((rs, row) -> delivery(rs)).optional();
    }

    @Override
    public Delivery resend(Delivery delivery, UUID newId, Instant at) {
        jdbc.sql("""
                insert into webhook_delivery (id, webhook_id, event_id, event, payload, created_at, next_attempt_at)
                values (:id, :webhookId, :eventId, :event, :payload, :at, :at)
                """)
                .param("id", newId)
                .param("webhookId", delivery.webhookId().value())
                .param("eventId", delivery.eventId())
                .param("event", delivery.event().key())
                .param("payload", delivery.payload())
                .param("at", Timestamp.from(at))
                .update();
        return findDelivery(newId).orElseThrow();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Webhook webhook(ResultSet rs) throws SQLException {
        return new Webhook(new WebhookId(rs.getObject("id", UUID.class)), URI.create(rs.getString("url")),
                events(rs.getArray("events")), rs.getString("secret"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), instant(rs, "removed_at"));
    }

    private static Delivery delivery(ResultSet rs) throws SQLException {
        int code = rs.getInt("last_status_code");
        Integer statusCode = rs.wasNull() ? null : code;
        return new Delivery(rs.getObject("id", UUID.class), new WebhookId(rs.getObject("webhook_id", UUID.class)),
                rs.getObject("event_id", UUID.class), event(rs.getString("event")), rs.getString("payload"),
                DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("next_attempt_at").toInstant(),
                instant(rs, "last_attempt_at"), statusCode, rs.getString("last_error"), instant(rs, "delivered_at"));
    }

    private static WebhookEvent event(String key) {
        return WebhookEvent.fromKey(key).orElseThrow(() -> new IllegalStateException("unknown event " + key));
    }

    private static Set<WebhookEvent> events(Array array) throws SQLException {
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        for (String key : (String[]) array.getArray()) {
            events.add(event(key));
        }
        return events;
    }
}
