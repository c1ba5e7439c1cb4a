package dev.waymark.webhook;

import java.util.Arrays;
import java.util.Optional;

/** What a webhook can be told about; its {@link #key()} is the {@code Waymark-Event} header and the payload's type. */
public enum WebhookEvent {
    /** A revision of a guide was published: readers see it from now on. */
    GUIDE_PUBLISHED("guide.published"),
    /** A guide was withdrawn from readers. */
    GUIDE_ARCHIVED("guide.archived"),
    /** A reader reported a problem with a guide or one of its steps (or found it helpful). */
    REPORT_RECEIVED("report.received"),
    /**
     * A translation fell behind its source text. Nothing sends it yet: it fires once translations are tracked per
     * revision (a translation older than the source it was made from). Webhooks may subscribe to it already.
     */
    TRANSLATION_STALE("translation.stale");

    private final String key;

    WebhookEvent(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<WebhookEvent> fromKey(String key) {
        return Arrays.stream(values()).filter(event -> event.key.equals(key)).findFirst();
    }
}
