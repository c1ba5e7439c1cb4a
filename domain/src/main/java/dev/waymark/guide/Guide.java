package dev.waymark.guide;

import dev.waymark.base.Check;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The guide aggregate: its identity, slug, current content and lifecycle. Immutable; each change
 * returns a new value that a {@link Guides} repository stores.
 *
 * <p>Editing a published guide starts a new draft; readers keep seeing {@link #publishedRevision()}
 * until a later revision is published.
 *
 * @param savedRevision the number of the stored revision that holds {@code content}, or 0 when the
 *                      content has edits not saved yet
 * @param publishedRevision the revision readers see; null when never published
 * @param version the optimistic-locking version this value was loaded at; 0 for a guide never stored
 */
public record Guide(GuideId id, Slug slug, GuideContent content, GuideStatus status, int savedRevision,
                    @Nullable Integer publishedRevision, long version) {

    public Guide {
        Check.present(id, "guide id");
        Check.present(slug, "slug");
        Check.present(content, "content");
        Check.present(status, "status");
        Check.that(savedRevision >= 0, "revision numbers start at 1");
        Check.that(publishedRevision == null || publishedRevision >= 1, "revision numbers start at 1");
        Check.that(version >= 0, "version must not be negative");
        Check.that(status != GuideStatus.PUBLISHED || publishedRevision != null,
                "a published guide needs its published revision");
    }

    /** A new, never stored draft; its translations are linked to their source texts ({@link Translations#link}). */
    public static Guide draft(GuideId id, Slug slug, GuideContent content) {
        return new Guide(id, slug, Translations.link(null, content), GuideStatus.DRAFT, 0, null, 0);
    }

    /**
     * Replaces the content. A published or in-review guide goes back to draft; readers keep seeing the
     * published revision. Throws for an archived guide. Translations without a basis are linked against the
     * content before ({@link Translations#link}): one left as it was while its source changed becomes stale.
     */
    public Guide edit(GuideContent newContent) {
        Check.that(status != GuideStatus.ARCHIVED, "an archived guide must be restored from the archive before editing");
        return new Guide(id, slug, Translations.link(content, newContent), GuideStatus.DRAFT, 0, publishedRevision,
                version);
    }

    public Guide withSlug(Slug newSlug) {
        return new Guide(id, newSlug, content, status, savedRevision, publishedRevision, version);
    }

    /** Asks for review. Throws unless it is a saved draft that could be published. */
    public Guide submitForReview() {
        Check.that(status == GuideStatus.DRAFT, "only a draft can be submitted for review (this guide is " + status + ")");
        requirePublishable();
        return new Guide(id, slug, content, GuideStatus.IN_REVIEW, savedRevision, publishedRevision, version);
    }

    /**
     * Publishes the saved content: readers see revision {@link #savedRevision()} from now on.
     * Throws when the content has unsaved edits, is archived or already published, or cannot be published
     * (no way with a step, text left unsorted, no source).
     */
    public Guide publish() {
        Check.that(status == GuideStatus.DRAFT || status == GuideStatus.IN_REVIEW,
                "only a draft or a guide in review can be published (this guide is " + status + ")");
        requirePublishable();
        return new Guide(id, slug, content, GuideStatus.PUBLISHED, savedRevision, savedRevision, version);
    }

    /**
     * Publishes the saved content on behalf of {@code publisher}, under the instance's {@code rule}: throws, as
     * {@link #publish()} does, and also when the rule refuses the publisher because they wrote or imported some of
     * the changes readers have not seen yet.
     *
     * @param authors who wrote the revisions after the published one, up to the saved one
     */
    public Guide publish(String publisher, Set<String> authors, Publishing rule) {
        Check.present(rule, "publishing rule");
        Optional<String> refusal = rule.refusal(publisher, authors);
        Check.that(refusal.isEmpty(), refusal.orElse(""));
        return publish();
    }

    /** Withdraws the guide: readers no longer see it. */
    public Guide archive() {
        Check.that(status != GuideStatus.ARCHIVED, "the guide is archived already");
        return new Guide(id, slug, content, GuideStatus.ARCHIVED, savedRevision, publishedRevision, version);
    }

    /** Brings an archived guide back as a draft. */
    public Guide unarchive() {
        Check.that(status == GuideStatus.ARCHIVED, "only an archived guide can be restored from the archive");
        return new Guide(id, slug, content, GuideStatus.DRAFT, savedRevision, publishedRevision, version);
    }

    /** True when readers can see a revision of this guide. */
    public boolean visibleToReaders() {
        return publishedRevision != null && status != GuideStatus.ARCHIVED;
    }

    public boolean hasUnsavedChanges() {
        return savedRevision == 0;
    }

    private void requirePublishable() {
        Check.that(savedRevision > 0, "save the guide before publishing it");
        var problems = content.publishProblems();
        Check.that(problems.isEmpty(), String.join("; ", problems));
    }
}
