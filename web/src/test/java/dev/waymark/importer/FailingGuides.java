package dev.waymark.importer;

import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideFilter;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.GuideListFilter;
import dev.waymark.guide.GuideListing;
import dev.waymark.guide.GuideSummary;
import dev.waymark.guide.Guides;
import dev.waymark.guide.PublishedGuide;
import dev.waymark.guide.Revision;
import dev.waymark.guide.RevisionSummary;
import dev.waymark.guide.Slug;
import dev.waymark.guide.StaleGuideException;
import java.util.List;
import java.util.Optional;

/** The real repository, except that one save (the n-th) fails as a colleague's concurrent save would make it. */
final class FailingGuides implements Guides {

    private final Guides guides;
    private final int failingSave;
    private int saves;

    FailingGuides(Guides guides, int failingSave) {
        this.guides = guides;
        this.failingSave = failingSave;
    }

    @Override
    public Guide save(Guide guide, String author, String message) {
        if (++saves == failingSave) {
            throw new StaleGuideException(guide.id(), guide.version());
        }
        return guides.save(guide, author, message);
    }

    @Override
    public Optional<Guide> find(GuideId id) {
        return guides.find(id);
    }

    @Override
    public Optional<Guide> findBySlug(Slug slug) {
        return guides.findBySlug(slug);
    }

    @Override
    public Optional<PublishedGuide> findPublished(Slug slug) {
        return guides.findPublished(slug);
    }

    @Override
    public Optional<dev.waymark.guide.PublishedRef> findPublishedRef(Slug slug) {
        return guides.findPublishedRef(slug);
    }

    @Override
    public PublishedGuide load(dev.waymark.guide.PublishedRef ref) {
        return guides.load(ref);
    }

    @Override
    public List<GuideSummary> listPublished(GuideFilter filter) {
        return guides.listPublished(filter);
    }

    @Override
    public List<RevisionSummary> revisions(GuideId id) {
        return guides.revisions(id);
    }

    @Override
    public Optional<Revision> revision(GuideId id, int number) {
        return guides.revision(id, number);
    }

    @Override
    public long count() {
        return guides.count();
    }

    @Override
    public List<Guide> all() {
        return guides.all();
    }

    @Override
    public List<GuideListing> list(GuideListFilter filter, int offset, int limit) {
        return guides.list(filter, offset, limit);
    }

    @Override
    public int count(GuideListFilter filter) {
        return guides.count(filter);
    }
}
