package dev.waymark.search;

import dev.waymark.guide.Language;
import java.time.Instant;

/** A normalized search text that found nothing, how often, and when last; nothing about who searched. */
public record SearchMiss(String text, Language language, long count, Instant lastSeen) {
}
