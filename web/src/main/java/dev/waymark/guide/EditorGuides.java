package dev.waymark.guide;

import dev.waymark.audit.Auditor;
import dev.waymark.base.Check;
import dev.waymark.base.ui.OfferedLanguages;
import dev.waymark.webhook.WebhookEvent;
import dev.waymark.webhook.WebhookEvents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What editors do with guides: list them in any status, create, save, submit for review, publish, archive,
 * read their history and restore an old revision. Editors and admins only; every change is audited.
 *
 * <p>Each change names the version the caller loaded; when someone else saved in between, it throws
 * {@link StaleGuideException} and nothing is written. Publishing needs a second person: nobody, admins included,
 * publishes changes they wrote or imported since the last publication, unless the instance allows self-publishing
 * ({@code waymark.publishing.self-publish}, {@code WAYMARK_SELF_PUBLISH}, off by default; see {@link Publishing}).
 */
@Service
@Transactional
public class EditorGuides {

    /** The most guides one page may ask for. */
    public static final int MAX_PAGE = 500;

    private static final String EDITORS = "hasAnyRole('EDITOR', 'ADMIN')";

    private final Guides guides;
    private final Auditor auditor;
    private final WebhookEvents webhooks;
    private final Publishing publishing;
    private final OfferedLanguages languages;

    public EditorGuides(Guides guides, Auditor auditor, WebhookEvents webhooks,
                        @Value("${waymark.publishing.self-publish:false}") boolean selfPublishing,
                        OfferedLanguages languages) {
        this.guides = guides;
        this.languages = languages;
        this.auditor = auditor;
        this.webhooks = webhooks;
        this.publishing = new Publishing(selfPublishing);
    }

    /** The instance's publishing rule: whether one person may publish their own changes. */
    public Publishing publishing() {
        return publishing;
    }

    /** Guides in any status matching the filter. Editors and admins. */
    @PreAuthorize(EDITORS)
    @Transactional(readOnly = true)
    public List<GuideListing> list(GuideListFilter filter, int offset, int limit) {
        Check.present(filter, "filter");
        Check.that(offset >= 0, "offset must not be negative (was " + offset + ")");
        Check.that(limit >= 0 && limit <= MAX_PAGE, "limit must be 0 to " + MAX_PAGE + " (was " + limit + ")");
        return guides.list(filter, offset, limit);
    }

    /** How many guides match the filter. Editors and admins. */
    @PreAuthorize(EDITORS)
    @Transactional(readOnly = true)
    public int count(GuideListFilter filter) {
        return guides.count(Check.present(filter, "filter"));
    }

    /** A guide with its latest saved content, in any status. Editors and admins. */
    @PreAuthorize(EDITORS)
    @Transactional(readOnly = true)
    public Optional<Guide> find(GuideId id) {
        return guides.find(Check.present(id, "guide id"));
    }

    /** A guide by slug, in any status. Editors and admins. */
    @PreAuthorize(EDITORS)
    @Transactional(readOnly = true)
    public Optional<Guide> findBySlug(Slug slug) {
        return guides.findBySlug(Check.present(slug, "slug"));
    }

    /**
     * Stores a new draft as its first revision. Editors and admins.
     *
     * @throws SlugTakenException when another guide has the slug; nothing is written
     */
    @PreAuthorize(EDITORS)
    public Guide create(Slug slug, GuideContent content, String message) {
        Guide created = guides.save(Guide.draft(GuideId.random(), Check.present(slug, "slug"),
                Check.present(content, "content")), me(), message(message, "created"));
        auditor.record(me(), GuideActions.CREATE, created.slug().value(), "revision 1");
        return created;
    }

    /**
     * Saves new content (and perhaps a new slug) as a new revision of a draft; a published guide or one in
     * review goes back to draft while readers keep the published revision. Content and slug that equal what is
     * stored are not saved again: the stored guide is returned. Editors and admins.
     *
     * @param version the version the editor loaded
     * @throws StaleGuideException when someone else saved since; nothing is written
     * @throws SlugTakenException when another guide has the slug; nothing is written
     */
    @PreAuthorize(EDITORS)
    public Guide save(GuideId id, long version, Slug slug, GuideContent content, String message) {
        Check.present(slug, "slug");
        Check.present(content, "content");
        Guide current = current(id, version);
        if (current.content().equals(content) && current.slug().equals(slug)) {
            return current;
        }
        Guide saved = guides.save(current.edit(content).withSlug(slug), me(), message(message, ""));
        auditor.record(me(), GuideActions.SAVE, saved.slug().value(), revisionDetail(saved, message));
        List<GuideDiff.Location> confirmed = Translations.confirmed(current.content(), saved.content());
        if (!confirmed.isEmpty()) {
            auditor.record(me(), GuideActions.CONFIRM_TRANSLATION, saved.slug().value(), "revision "
                    + saved.savedRevision() + ": still correct: " + confirmed.stream().map(Translations::path)
                    .collect(Collectors.joining(", ")));
        }
        return saved;
    }

    /**
     * How far each language the instance offers readers (other than the guide's source language) has come: its stale
     * and missing translations, in the offered order. Editors and admins.
     */
    @PreAuthorize(EDITORS)
    public List<Translations.Status> translations(GuideContent content) {
        return Translations.statuses(Check.present(content, "content"), languages.all());
    }

    /**
     * The source text a stale translation was made from, found in the guide's history: the text in the source
     * language, in the latest revision that has one with this fingerprint. Empty when no revision of this guide
     * has it (the translation came from elsewhere, an import say). Editors and admins.
     */
    @PreAuthorize(EDITORS)
    @Transactional(readOnly = true)
    public Optional<String> earlierSource(GuideId id, Fingerprint basis) {
        Check.present(id, "guide id");
        Check.present(basis, "fingerprint");
        for (RevisionSummary summary : guides.revisions(id)) {
            Optional<String> found = guides.revision(id, summary.number()).flatMap(revision -> {
                Language source = revision.content().sourceLanguage();
                return Translations.texts(revision.content()).stream()
                        .flatMap(text -> text.text().in(source).stream())
                        .filter(text -> Fingerprint.of(text).equals(basis))
                        .findFirst();
            });
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Asks another editor to publish the saved draft. Editors and admins. */
    @PreAuthorize(EDITORS)
    public Guide submitForReview(GuideId id, long version) {
        Guide submitted = guides.save(current(id, version).submitForReview(), me(), "");
        auditor.record(me(), GuideActions.SUBMIT, submitted.slug().value(), "revision " + submitted.savedRevision());
        return submitted;
    }

    /**
     * Why the signed-in user may not publish the guide's saved revision: empty when they may. Editors and admins.
     */
    @PreAuthorize(EDITORS)
    @Transactional(readOnly = true)
    public Optional<String> whyNotPublish(Guide guide) {
        Check.present(guide, "guide");
        if (guide.status() != GuideStatus.DRAFT && guide.status() != GuideStatus.IN_REVIEW) {
            return Optional.of("only a draft or a guide in review can be published");
        }
        List<String> problems = guide.content().publishProblems();
        if (!problems.isEmpty()) {
            return Optional.of(String.join("; ", problems));
        }
        return publishing.refusal(me(), authorsSincePublished(guide));
    }

    /**
     * Publishes the saved revision, refusing when a translation is stale or missing: see
     * {@link #publish(GuideId, long, boolean)}.
     */
    @PreAuthorize(EDITORS)
    public Guide publish(GuideId id, long version) {
        return publish(id, version, false);
    }

    /**
     * Publishes the saved revision: readers see it from now on. Editors and admins, only for changes someone else
     * wrote or imported (unless the instance allows self-publishing). When an offered language has stale or missing
     * translations, the publisher must say they accept it ({@code acceptIncompleteTranslations}); readers then see
     * those parts marked as out of date or shown in the source language, and the audit record names the languages.
     *
     * @throws AccessDeniedException when the signed-in user wrote or imported changes in this version
     * @throws IllegalArgumentException when the content cannot be published (no step, unsorted text, no source), or
     *                                  has incomplete translations the publisher did not accept
     */
    @PreAuthorize(EDITORS)
    public Guide publish(GuideId id, long version, boolean acceptIncompleteTranslations) {
        Guide current = current(id, version);
        Set<String> authors = authorsSincePublished(current);
        Optional<String> refusal = publishing.refusal(me(), authors);
        if (refusal.isPresent()) {
            throw new AccessDeniedException(refusal.get());
        }
        String incomplete = translations(current.content()).stream().filter(status -> !status.complete())
                .map(status -> status.language().tag() + " " + status.stale().size() + " stale, "
                        + status.missing().size() + " missing")
                .collect(Collectors.joining("; "));
        // The content's own problems (no step, no source...) are said first.
        Guide publishable = current.publish(me(), authors, publishing);
        Check.that(incomplete.isEmpty() || acceptIncompleteTranslations,
                "translations are incomplete (" + incomplete + "): confirm to publish them as they are");
        Guide published = guides.save(publishable, me(), "");
        auditor.record(me(), GuideActions.PUBLISH, published.slug().value(), "revision " + published.savedRevision()
                + (incomplete.isEmpty() ? "" : ", translations accepted as incomplete: " + incomplete));
        // In this transaction: announced exactly when the publication is stored.
        webhooks.announce(WebhookEvent.GUIDE_PUBLISHED, guideData(published, Map.of(
                "revision", published.savedRevision(), "by", me())));
        return published;
    }

    /** Withdraws the guide from readers. Editors and admins. */
    @PreAuthorize(EDITORS)
    public Guide archive(GuideId id, long version) {
        Guide archived = guides.save(current(id, version).archive(), me(), "");
        auditor.record(me(), GuideActions.ARCHIVE, archived.slug().value(), "");
        webhooks.announce(WebhookEvent.GUIDE_ARCHIVED, guideData(archived, Map.of("by", me())));
        return archived;
    }

    /** Brings an archived guide back as a draft. Editors and admins. */
    @PreAuthorize(EDITORS)
    public Guide unarchive(GuideId id, long version) {
        Guide restored = guides.save(current(id, version).unarchive(), me(), "");
        auditor.record(me(), GuideActions.UNARCHIVE, restored.slug().value(), "");
        return restored;
    }

    /** Every revision of a guide, newest first. Editors and admins. */
    @PreAuthorize(EDITORS)
    @Transactional(readOnly = true)
    public List<RevisionSummary> revisions(GuideId id) {
        return guides.revisions(Check.present(id, "guide id"));
    }

    /** One revision of a guide, whole. Editors and admins. */
    @PreAuthorize(EDITORS)
    @Transactional(readOnly = true)
    public Optional<Revision> revision(GuideId id, int number) {
        Check.present(id, "guide id");
        return number < 1 ? Optional.empty() : guides.revision(id, number);
    }

    /**
     * What changed from revision {@code from} to revision {@code to} of a guide, field by field (either may be the
     * older one). Editors and admins.
     *
     * @throws IllegalArgumentException when the guide has no such revision
     */
    @PreAuthorize(EDITORS)
    @Transactional(readOnly = true)
    public List<GuideDiff.Change> compare(GuideId id, int from, int to) {
        Check.present(id, "guide id");
        Revision older = existingRevision(id, from);
        Revision newer = existingRevision(id, to);
        return GuideDiff.compare(older.slug(), older.content(), newer.slug(), newer.content());
    }

    /**
     * Saves an old revision's content as a new draft revision; nothing in the history changes. Editors and admins.
     *
     * @throws IllegalArgumentException when there is no such revision, or the guide is archived
     * @throws StaleGuideException when someone else saved since the caller loaded {@code version}
     */
    @PreAuthorize(EDITORS)
    public Guide restore(GuideId id, int number, long version) {
        Guide current = current(id, version);
        Revision old = existingRevision(id, number);
        Guide restored = guides.save(current.edit(old.content()).withSlug(old.slug()), me(),
                "restored revision " + number);
        auditor.record(me(), GuideActions.RESTORE, restored.slug().value(),
                "revision " + number + " restored as revision " + restored.savedRevision());
        return restored;
    }

    private Revision existingRevision(GuideId id, int number) {
        return (number < 1 ? Optional.<Revision>empty() : guides.revision(id, number))
                .orElseThrow(() -> new IllegalArgumentException("guide " + id + " has no revision " + number));
    }

    private Guide current(GuideId id, long version) {
        Check.present(id, "guide id");
        Guide current = guides.find(id).orElseThrow(() -> new IllegalArgumentException("there is no guide " + id));
        if (current.version() != version) {
            throw new StaleGuideException(id, version);
        }
        return current;
    }

    /** Who wrote the revisions readers have not seen yet. */
    private Set<String> authorsSincePublished(Guide guide) {
        int published = Objects.requireNonNullElse(guide.publishedRevision(), 0);
        return guides.revisions(guide.id()).stream()
                .filter(revision -> revision.number() > published && revision.number() <= guide.savedRevision())
                .map(RevisionSummary::author)
                .collect(Collectors.toSet());
    }

    private static String revisionDetail(Guide saved, String message) {
        String text = message == null ? "" : message.strip();
        return "revision " + saved.savedRevision() + (text.isEmpty() ? "" : ": " + text);
    }

    private static String message(String message, String fallback) {
        return message == null || message.isBlank() ? fallback : message.strip();
    }

    private static String me() {
        return authentication().getName();
    }

    private static Authentication authentication() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication.getName() == null) {
            throw new IllegalStateException("nobody is signed in");
        }
        return authentication;
    }

    private static Map<String, Object> guideData(Guide guide, Map<String, Object> more) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("guideId", guide.id().toString());
        data.put("slug", guide.slug().value());
        data.put("country", guide.content().country().value());
        data.putAll(more);
        return data;
    }
}
