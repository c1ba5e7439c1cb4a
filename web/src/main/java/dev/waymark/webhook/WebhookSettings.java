package dev.waymark.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How webhooks are delivered ({@code waymark.webhooks.*}): whether this instance sends deliveries at all
 * ({@code dispatch}), how often it looks for due ones ({@code poll-interval}), the wait before the first retry, which
 * doubles each time ({@code backoff-base}), the longest wait between two attempts ({@code backoff-max}), how long a
 * delivery is retried before it is given up ({@code max-age}) and the receiver's time to answer ({@code timeout}).
 */
@ConfigurationProperties("waymark.webhooks")
public record WebhookSettings(@DefaultValue("true") boolean dispatch, @DefaultValue("5s") Duration pollInterval,
                              @DefaultValue("30s") Duration backoffBase, @DefaultValue("2h") Duration backoffMax,
                              @DefaultValue("24h") Duration maxAge, @DefaultValue("10s") Duration timeout) {

    /** The wait after the {@code attempts}-th failed attempt: base, 2 × base, 4 × base, ... at most backoff-max. */
    public Duration backoff(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration wait = backoffBase.multipliedBy(1L << doublings);
        return wait.compareTo(backoffMax) > 0 ? backoffMax : wait;
    }
}
