package dev.waymark.webhook;

import dev.waymark.base.Check;
import java.util.UUID;

public record WebhookId(UUID value) {

    public WebhookId {
        Check.present(value, "webhook id");
    }

    public static WebhookId random() {
        return new WebhookId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
