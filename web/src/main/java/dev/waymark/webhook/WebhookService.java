package dev.waymark.webhook;

import dev.waymark.audit.Auditor;
import dev.waymark.base.Check;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins register webhooks (the signing secret is shown once), list them, remove them, read their deliveries and send
 * a delivery again. Every change is audited. Admins only.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class WebhookService {

    /** The most deliveries one listing returns. */
    public static final int MAX_DELIVERIES = 200;
    static final String REGISTER = "webhook.register";
    static final String REMOVE = "webhook.remove";
    static final String RESEND = "webhook.resend";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Webhooks webhooks;
    private final Auditor auditor;
    private final ObjectProvider<WebhookDispatcher> dispatcher;
    private final Clock clock;

    WebhookService(Webhooks webhooks, Auditor auditor, ObjectProvider<WebhookDispatcher> dispatcher,
                   ObjectProvider<Clock> clock) {
        this.webhooks = webhooks;
        this.auditor = auditor;
        this.dispatcher = dispatcher;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Registers {@code url} for {@code events}. Admins only.
     *
     * @return the webhook with its secret ({@code whsec_} and 43 characters), which is shown only now
     * @throws IllegalArgumentException when the URL is not an absolute http(s) URL or there is no event
     */
    @PreAuthorize("hasRole('ADMIN')")
    public NewWebhook register(@Nullable String url, @Nullable Set<WebhookEvent> events) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Webhook webhook = new Webhook(WebhookId.random(), Webhook.parseUrl(url), Webhook.checkEvents(events), secret,
                me(), clock.instant().truncatedTo(ChronoUnit.MILLIS), null);
        webhooks.add(webhook);
        auditor.record(me(), REGISTER, webhook.url().toString(), "webhook " + webhook.id() + " for "
                + webhook.sortedEvents().stream().map(WebhookEvent::key).collect(Collectors.joining(" ")));
        return new NewWebhook(WebhookSummary.of(webhook), secret);
    }

    /** Webhooks not removed, oldest first. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<WebhookSummary> list() {
        return webhooks.list().stream().map(WebhookSummary::of).toList();
    }

    /** Stops sending to it; its pending deliveries are given up. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    public void remove(WebhookId id) {
        Check.present(id, "webhook id");
        Webhook webhook = webhooks.find(id).orElseThrow(() -> new IllegalArgumentException("no webhook " + id));
        if (webhooks.remove(id, clock.instant())) {
            auditor.record(me(), REMOVE, webhook.url().toString(), "webhook " + id);
        }
    }

    /** A webhook's deliveries, newest first, at most {@code limit} (up to {@link #MAX_DELIVERIES}). Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Delivery> deliveries(WebhookId id, int limit) {
        Check.present(id, "webhook id");
        Check.that(limit >= 0 && limit <= MAX_DELIVERIES, "limit must be 0 to " + MAX_DELIVERIES);
        return webhooks.deliveries(id, limit);
    }

    /**
     * Sends a delivery again, as a new delivery (new {@code Waymark-Delivery} id, same event id and payload), due at
     * once. Admins only.
     *
     * @throws IllegalArgumentException when there is no such delivery or its webhook was removed
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Delivery resend(UUID deliveryId) {
        Check.present(deliveryId, "delivery id");
        Delivery delivery = webhooks.findDelivery(deliveryId)
                .orElseThrow(() -> new IllegalArgumentException("no delivery " + deliveryId));
        Webhook webhook = webhooks.find(delivery.webhookId()).filter(found -> found.removedAt() == null)
                .orElseThrow(() -> new IllegalArgumentException("the webhook was removed"));
        Instant now = clock.instant();
        Delivery again = webhooks.resend(delivery, UUID.randomUUID(), now);
        auditor.record(me(), RESEND, webhook.url().toString(), "delivery " + deliveryId + " as " + again.id());
        dispatcher.ifAvailable(WebhookDispatcher::wakeUp);
        return again;
    }

    private static String me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? Auditor.SYSTEM : authentication.getName();
    }
}
