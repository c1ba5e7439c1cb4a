package dev.waymark.webhook;

import dev.waymark.base.Check;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A URL an admin registered to receive events, with the secret its deliveries are signed with. The secret is kept as
 * it is (signing needs it) and shown once, when the webhook is registered.
 *
 * @param removedAt when an admin removed it; null while it receives events
 */
public record Webhook(WebhookId id, URI url, Set<WebhookEvent> events, String secret, String createdBy,
                      Instant createdAt, @Nullable Instant removedAt) {

    public static final int URL_MAX_LENGTH = 2000;

    public Webhook {
        Check.present(id, "webhook id");
        url = checkUrl(url);
        events = checkEvents(events);
        Check.that(secret != null && secret.length() >= 32, "a webhook secret has at least 32 characters");
        Check.notBlank(createdBy, "creator");
        Check.present(createdAt, "creation time");
    }

    /** An absolute http or https URL with a host, no user info, at most {@link #URL_MAX_LENGTH} characters. */
    public static URI checkUrl(@Nullable URI url) {
        Check.present(url, "URL");
        Check.that(url.isAbsolute() && ("https".equalsIgnoreCase(url.getScheme())
                        || "http".equalsIgnoreCase(url.getScheme())) && url.getHost() != null,
                "a webhook URL is an absolute http:// or https:// URL with a host");
        Check.that(url.getUserInfo() == null, "put no user name or password in a webhook URL: deliveries are signed");
        Check.that(url.toString().length() <= URL_MAX_LENGTH, "a webhook URL has at most " + URL_MAX_LENGTH
                + " characters");
        return url;
    }

    /** The URL as an admin typed it; throws with a message they can act on when it is not a usable URL. */
    public static URI parseUrl(@Nullable String text) {
        Check.notBlank(text, "URL");
        try {
            return checkUrl(new URI(text.strip()));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a URL");
        }
    }

    public static Set<WebhookEvent> checkEvents(@Nullable Set<WebhookEvent> events) {
        Set<WebhookEvent> checked = Check.set(events, "events");
        Check.that(!checked.isEmpty(), "a webhook listens to at least one event");
        return checked;
    }

    public Set<WebhookEvent> sortedEvents() {
        return EnumSet.copyOf(events);
    }

    @Override
    public String toString() {
        return "Webhook[" + id + ", " + url + ", " + events + "]";
    }
}
