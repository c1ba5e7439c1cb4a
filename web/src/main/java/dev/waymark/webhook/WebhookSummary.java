package dev.waymark.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.Set;

/** A webhook as admins see it in the list: everything but the secret. */
public record WebhookSummary(WebhookId id, URI url, Set<WebhookEvent> events, String createdBy, Instant createdAt) {

    static WebhookSummary of(Webhook webhook) {
        return new WebhookSummary(webhook.id(), webhook.url(), webhook.sortedEvents(), webhook.createdBy(),
                webhook.createdAt());
    }
}
