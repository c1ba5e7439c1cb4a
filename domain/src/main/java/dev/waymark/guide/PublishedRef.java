package dev.waymark.guide;

import java.time.Instant;
import java.util.Objects;

/**
 * Which revision of a guide readers see now, without its content: what a reader's request needs to know
 * before anything is loaded or rendered. A published revision never changes, so everything derived from
 * it can be kept under the guide's id and this revision number.
 *
 * @param id          the guide
 * @param slug        its address
 * @param revision    the published revision's number, at least 1
 * @param publishedAt when that revision was published
 * @param operatorsGeneration how many changes to operators there had been when this was read (pages name operators,
 *                            so what is kept of them must be at least that new)
 */
public record PublishedRef(GuideId id, Slug slug, int revision, Instant publishedAt, long operatorsGeneration) {

    public PublishedRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(publishedAt, "publishedAt");
        if (revision < 1) {
            throw new IllegalArgumentException("a published revision is numbered from 1, not " + revision);
        }
    }
}
