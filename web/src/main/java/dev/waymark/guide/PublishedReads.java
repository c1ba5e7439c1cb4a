package dev.waymark.guide;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.waymark.base.http.Representation;
import dev.waymark.operator.Operator;
import dev.waymark.operator.OperatorDirectory;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The read path for published guides: every request asks the database which revision readers see (one indexed
 * row, no content; so a publication through any instance shows on the very next request through every other, with
 * no notice to wait for: a LISTEN/NOTIFY cache of it was tried, and on a busy machine the notice can arrive after
 * the next request), and everything made from that revision is made once and kept: the parsed revision, and each rendition of it (the print page, the API's
 * JSON, the first paint of the guide page) per language and situation, compressed. The keys hold the revision
 * number and the operator list's fingerprint, so nothing needs evicting when a guide is published, archived or
 * restored, or an operator is renamed: the old entries are simply no longer asked for and age out. The row read for
 * each request also carries the count of operator changes (V14), and the operator list is reloaded first when it is
 * older, so a rename through any instance shows on the very next request through every other.
 *
 * <p>Both caches are bounded (renditions by bytes: {@code waymark.read-cache.max-bytes}; revisions by count:
 * {@code waymark.read-cache.revisions}) and reported as {@code cache_*} metrics ({@code cache="published.renditions"}
 * and {@code "published.revisions"}). A restart or a new instance fills them as readers ask.
 */
@Service
public class PublishedReads {

    /**
     * What a rendition is of.
     *
     * @param kind      which rendering ({@code print}, {@code api}, {@code page})
     * @param variant   everything else the bytes depend on (language and situation), as one string
     */
    private record RenditionKey(GuideId guide, int revision, String operators, String kind, String variant) {
    }

    private record RevisionKey(GuideId guide, int revision) {
    }

    /**
     * A kept rendition with what it was found by.
     *
     * @param revision the revision it renders
     * @param variant  its variant, as the caller's function gave it
     */
    public record Rendition(Representation representation, int revision, String variant) {
    }

    /**
     * A published revision with the operators it names, as renderers need them.
     *
     * @param lastModified when the revision was published or an operator last changed, whichever is later
     */
    public record Readable(PublishedGuide guide, Map<OperatorCode, Operator> operators, Instant lastModified,
                           String operatorsFingerprint) {
    }

    private final Guides guides;
    private final OperatorDirectory operators;
    private final Cache<RevisionKey, PublishedGuide> revisions;
    private final Cache<RenditionKey, Representation> renditions;

    public PublishedReads(Guides guides, OperatorDirectory operators, MeterRegistry registry,
                          @Value("${waymark.read-cache.max-bytes}") long maxBytes,
                          @Value("${waymark.read-cache.revisions}") long maxRevisions) {
        this.guides = guides;
        this.operators = operators;
        this.revisions = Caffeine.newBuilder().maximumSize(maxRevisions).recordStats().build();
        this.renditions = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((RenditionKey key, Representation value) -> value.weight() + key.variant().length() * 2 + 96)
                .recordStats().build();
        CaffeineCacheMetrics.monitor(registry, revisions, "published.revisions");
        CaffeineCacheMetrics.monitor(registry, renditions, "published.renditions");
        Gauge.builder("waymark.published.renditions.weight", renditions, cache -> cache.policy().eviction()
                        .flatMap(eviction -> eviction.weightedSize().stream().boxed().findFirst()).orElse(0L))
                .description("Bytes of heap the kept renditions of published guides take, about")
                .baseUnit("bytes").register(registry);
    }

    /**
     * What readers get of the guide at {@code slug}, as one kind of rendition: empty for an unknown, unpublished or
     * archived guide. Asks the database which revision readers see (one indexed row) and returns what
     * was made of that revision before, or makes it with {@code render} and keeps it. Anyone may call it.
     *
     * @param kind    which rendering ({@code print}, {@code api}, ...)
     * @param variant everything the bytes depend on besides the revision and the operators (language, situation),
     *                from the guide's content; it must take few values per guide (see {@link #variant}), since each
     *                value is kept
     * @param render  makes the rendition; called at most once per revision, variant and operator list
     */
    @PreAuthorize("permitAll()")
    public Optional<Rendition> rendition(Slug slug, String kind, Function<GuideContent, String> variant,
                                         Function<Readable, Representation> render) {
        return guides.findPublishedRef(slug).map(ref -> {
            Readable readable = readable(ref);
            RenditionKey key = new RenditionKey(ref.id(), ref.revision(), readable.operatorsFingerprint(), kind,
                    variant.apply(readable.guide().content()));
            return new Rendition(renditions.get(key, k -> render.apply(readable)), ref.revision(), key.variant());
        });
    }

    /**
     * The kept rendition of this kind and variant, when readers still see {@code revision} of the guide and it is
     * kept; empty otherwise (nothing is rendered here). Anyone may call it.
     */
    @PreAuthorize("permitAll()")
    public Optional<Representation> kept(Slug slug, int revision, String kind, String variant) {
        return guides.findPublishedRef(slug).filter(ref -> ref.revision() == revision).flatMap(ref -> Optional.ofNullable(
                renditions.getIfPresent(new RenditionKey(ref.id(), ref.revision(),
                        operators.snapshot(ref.operatorsGeneration()).fingerprint(),
                        kind, variant))));
    }

    private Readable readable(PublishedRef ref) {
        PublishedGuide guide = revisions.get(new RevisionKey(ref.id(), ref.revision()), key -> guides.load(ref));
        OperatorDirectory.Snapshot snapshot = operators.snapshot(ref.operatorsGeneration());
        Instant lastModified = snapshot.lastChanged() != null && snapshot.lastChanged().isAfter(ref.publishedAt())
                ? snapshot.lastChanged() : ref.publishedAt();
        return new Readable(guide, named(guide.content(), snapshot), lastModified, snapshot.fingerprint());
    }

    /** The operators of the guide's country that it names, in the guide's order; unmodifiable. */
    static Map<OperatorCode, Operator> named(GuideContent content, OperatorDirectory.Snapshot snapshot) {
        Map<OperatorCode, Operator> named = new LinkedHashMap<>();
        for (OperatorCode code : content.operators()) {
            Operator operator = snapshot.byCode().get(code);
            if (operator != null && operator.country().equals(content.country())) {
                named.put(code, operator);
            }
        }
        return Collections.unmodifiableMap(named);
    }

    /**
     * The rendition of {@code ref} of the given kind and variant, made by {@code render} the first time it is
     * asked for and kept after. {@code variant} must name everything the bytes depend on besides the revision and
     * the operators (language, situation), and take few values per guide (callers map values that do not fit
     * the guide to one), since each value is kept. Anyone may call it.
     */
    @PreAuthorize("permitAll()")
    public Representation rendition(PublishedRef ref, String kind, String variant,
                                    Function<Readable, Representation> render) {
        RenditionKey key = new RenditionKey(ref.id(), ref.revision(),
                operators.snapshot(ref.operatorsGeneration()).fingerprint(), kind, variant);
        return renditions.get(key, k -> render.apply(readable(ref)));
    }

    /**
     * A language and situation as a rendition variant. An operator the guide does not name filters the guide as any
     * other such operator does, so all of them are one variant ({@code ?}): variants stay few whatever is asked.
     */
    public static String variant(Language language, Situation situation, GuideContent content) {
        OperatorCode operator = situation.operator();
        String operatorKey = operator == null ? "" : content.operators().contains(operator) ? operator.value() : "?";
        return language.tag() + "|" + key(situation.cardType() == null ? null : situation.cardType().key()) + "|"
                + operatorKey + "|" + key(situation.platform() == null ? null : situation.platform().key()) + "|"
                + key(situation.way() == null ? null : situation.way().key());
    }

    private static String key(@Nullable String value) {
        return value == null ? "" : value;
    }
}
