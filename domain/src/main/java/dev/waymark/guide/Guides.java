package dev.waymark.guide;

import java.util.List;
import java.util.Optional;

/** Where guides and their revisions are kept. Implemented in the db module. */
public interface Guides {

    /**
     * Stores a guide in one transaction: a new guide (version 0) is inserted; an existing one must
     * carry the version it was loaded at. Content with unsaved edits becomes a new immutable revision
     * with {@code author} and {@code message}; a newly published revision becomes what readers see.
     *
     * @return the stored guide with its new version (and revision number); never null
     * @throws StaleGuideException when someone else saved the guide since it was loaded; nothing is written
     * @throws SlugTakenException when another guide has the slug; nothing is written
     */
    Guide save(Guide guide, String author, String message);

    Optional<Guide> find(GuideId id);

    Optional<Guide> findBySlug(Slug slug);

    /** The revision readers see, when the guide is published and not archived. */
    Optional<PublishedGuide> findPublished(Slug slug);

    /**
     * Which revision readers see, when the guide is published and not archived, without loading its content:
     * one small indexed read, cheap enough for every reader's request.
     */
    Optional<PublishedRef> findPublishedRef(Slug slug);

    /**
     * The content of the revision {@code ref} names. Revisions are immutable, so the result may be kept for as
     * long as {@code ref} is what readers see.
     *
     * @throws IllegalStateException when the revision does not exist (a ref never names one that does not)
     */
    PublishedGuide load(PublishedRef ref);

    /** Published guides matching the filter, in the filter's language, ordered by country then title. */
    List<GuideSummary> listPublished(GuideFilter filter);

    /**
     * Guides in any status matching the filter: by review-due date when the filter asks for due guides,
     * else the most recently changed first.
     */
    List<GuideListing> list(GuideListFilter filter, int offset, int limit);

    /** How many guides match the filter. */
    int count(GuideListFilter filter);

    /** Every revision of a guide, newest first. */
    List<RevisionSummary> revisions(GuideId id);

    Optional<Revision> revision(GuideId id, int number);

    /** How many guides exist, in any status. */
    long count();

    /** Every guide in any status, with its current (last saved) content, by slug. For exports. */
    List<Guide> all();
}
