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
     * A save left translations behind their source text: the payload's {@code stale} names the fields per language
     * (e.g. {@code {"en": ["step.hotline.2.text"]}}), those stale now and not before.
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
