package dev.waymark.webhook;

/** A webhook just registered, with its signing secret: show the secret once; the list never shows it again. */
public record NewWebhook(WebhookSummary webhook, String secret) {

    @Override
    public String toString() {
        return "NewWebhook[" + webhook + "]";
    }
}
