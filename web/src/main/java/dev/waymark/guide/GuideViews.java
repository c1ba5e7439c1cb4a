package dev.waymark.guide;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts how often published guides are read, as the {@code waymark.guide.views} counter (Prometheus:
 * {@code waymark_guide_views_total}) tagged with the guide's slug, the reader's language and the channel.
 * Only published guides are counted, so the slugs (and the number of series) are those of the guides shown;
 * nothing about the reader is recorded.
 */
@Component
public class GuideViews {

    public static final String METER = "waymark.guide.views";

    /** Where the guide was read. */
    public enum Channel {
        /** The interactive page ({@code /guides/{slug}}). */
        VIEW,
        /** The JSON API ({@code GET /api/guides/{slug}}). */
        API,
        /** The plain page for printing ({@code /guides/{slug}/print}). */
        PRINT;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private record Key(Slug slug, Language language, Channel channel) {
    }

    private final MeterRegistry registry;
    /** The counters already made: looking a meter up in the registry by its tags costs more than the read it counts. */
    private final Map<Key, Counter> counters = new ConcurrentHashMap<>();

    public GuideViews(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts one reading of a published guide. */
    public void viewed(Slug slug, Language language, Channel channel) {
        counters.computeIfAbsent(new Key(slug, language, channel), key -> Counter.builder(METER)
                .description("Published guides shown to readers")
                .tag("slug", key.slug().value())
                .tag("language", key.language().tag())
                .tag("channel", key.channel().tag())
                .register(registry)).increment();
    }
}
