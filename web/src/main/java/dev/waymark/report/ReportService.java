package dev.waymark.report;

import dev.waymark.base.Check;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.Guides;
import dev.waymark.guide.PublishedGuide;
import dev.waymark.guide.Revision;
import dev.waymark.guide.Slug;
import dev.waymark.guide.Way;
import dev.waymark.guide.WayKind;
import dev.waymark.webhook.WebhookEvent;
import dev.waymark.webhook.WebhookEvents;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes readers' reports about published guides: anyone may report, signed in or not, within a
 * per-client rate limit. Reports land in the editors' inbox.
 */
@Service
@Transactional
public class ReportService {

    /** Control characters (a line break stays) and the bidirectional overrides that could disguise a comment. */
    private static final Pattern UNWANTED = Pattern.compile("[\\p{Cc}&&[^\\n]]|[\\u202A-\\u202E\\u2066-\\u2069]");

    private final Guides guides;
    private final ReaderReports reports;
    private final ReportRateLimiter limiter;
    private final WebhookEvents webhooks;

    ReportService(Guides guides, ReaderReports reports, ReportRateLimiter limiter, WebhookEvents webhooks) {
        this.guides = guides;
        this.reports = reports;
        this.limiter = limiter;
        this.webhooks = webhooks;
    }

    /**
     * Stores a reader's report about a published guide, or about one step of it. Anyone may call it.
     *
     * @param revision the revision the reader saw: the published one or an earlier one of the same guide
     * @param way with {@code step}, the way the step belongs to; both null for a report about the whole guide
     * @param step the step's 1-based position in the way, in that revision, counting every step (not only
     *             those the reader's situation showed)
     * @param comment optional; control characters are removed
     * @param clientKey what identifies the client for the rate limit, such as its address; never stored,
     *                  only a salted hash of it is kept in memory
     * @throws IllegalArgumentException when the guide is not published, the revision is not one readers could
     *                                  have seen, the way or step is not in it, or the comment is too long
     * @throws RateLimitedException when the client has sent too many reports lately; nothing is stored
     */
    @PreAuthorize("permitAll()")
    public void report(Slug slug, int revision, @Nullable WayKind way, @Nullable Integer step, ReportKind kind,
                       @Nullable String comment, String clientKey) {
        Check.present(slug, "slug");
        Check.present(kind, "report kind");
        Check.notBlank(clientKey, "client key");
        limiter.acquire(clientKey);
        PublishedGuide guide = guides.findPublished(slug).orElseThrow(() -> new IllegalArgumentException(
                "no published guide has the slug '" + slug + "'"));
        Check.that(revision >= 1 && revision <= guide.revision(), "guide '" + slug + "' has no revision " + revision
                + " that readers could have seen (the published revision is " + guide.revision() + ")");
        Check.that((way == null) == (step == null), "a step report names both the way and the step");
        if (way != null && step != null) {
            checkStep(guide, revision, way, step);
        }
        reports.add(new ReaderReport(guide.id(), revision, way, step, kind, clean(comment), Instant.now()));
        // The reader's comment stays out: receivers learn that a report came in and where, and read it in the inbox.
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("guideId", guide.id().toString());
        data.put("slug", slug.value());
        data.put("revision", revision);
        data.put("kind", kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        data.put("way", way == null ? null : way.key());
        data.put("step", step);
        webhooks.announce(WebhookEvent.REPORT_RECEIVED, data);
    }

    private void checkStep(PublishedGuide guide, int revision, WayKind kind, int step) {
        GuideContent content = revision == guide.revision() ? guide.content()
                : guides.revision(guide.id(), revision).map(Revision::content).orElseThrow(
                        () -> new IllegalArgumentException("guide '" + guide.slug() + "' has no revision " + revision));
        String where = "revision " + revision + " of guide '" + guide.slug() + "'";
        Way way = content.ways().stream().filter(candidate -> candidate.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(where + " has no way '" + kind.key() + "'"));
        Check.that(step >= 1 && step <= way.steps().size(), "the way '" + kind.key() + "' in " + where + " has steps 1 to "
                + way.steps().size() + " (was " + step + ")");
    }

    /** The comment without control characters, line breaks made uniform; empty for none. */
    static String clean(@Nullable String comment) {
        if (comment == null) {
            return "";
        }
        String lines = comment.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        return UNWANTED.matcher(lines).replaceAll("").strip();
    }
}
