package dev.waymark.review;

import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.GuideStatus;
import dev.waymark.guide.Guides;
import dev.waymark.guide.Provenance;
import dev.waymark.guide.Slug;
import dev.waymark.guide.TestGuides;
import dev.waymark.guide.WayKind;
import dev.waymark.report.GuideReports;
import dev.waymark.report.ReaderReport;
import dev.waymark.report.ReaderReports;
import dev.waymark.report.ReportKind;
import dev.waymark.report.StepReports;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Guides with review-due dates and readers' reports for the inbox tests, which share one database with other
 * tests: names get a random suffix, and {@link #archiveAll()} withdraws what was made from readers afterwards.
 * Written straight to the repositories, as nobody in particular.
 */
public final class InboxFixtures {

    private final Guides guides;
    private final ReaderReports reports;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final List<GuideId> created = new ArrayList<>();

    public InboxFixtures(Guides guides, ReaderReports reports) {
        this.guides = guides;
        this.reports = reports;
    }

    /**
     * A guide in the given status with the Serbian test content (hotline: 3 steps, store visit: 2), whose review is
     * due on {@code reviewDue}; revision 1 is published unless the status is a draft.
     */
    public Guide guide(String name, GuideStatus status, @Nullable LocalDate reviewDue) {
        GuideContent content = TestGuides.serbia();
        content = content.withProvenance(new Provenance(content.provenance().sources(), null, reviewDue));
        Guide guide = guides.save(Guide.draft(GuideId.random(), new Slug(name + "-" + suffix), content),
                "fixture-author", "first");
        created.add(guide.id());
        return switch (status) {
            case DRAFT -> guide;
            case IN_REVIEW -> guides.save(guide.submitForReview(), "fixture-author", "");
            case PUBLISHED -> guides.save(guide.publish(), "fixture-author", "");
            case ARCHIVED -> guides.save(guides.save(guide.publish(), "fixture-author", "").archive(),
                    "fixture-author", "");
        };
    }

    public Guide published(String name) {
        return guide(name, GuideStatus.PUBLISHED, null);
    }

    /** A reader's report about revision 1, a step of it, or the whole guide when {@code way} is null. */
    public void report(Guide guide, @Nullable WayKind way, @Nullable Integer step, ReportKind kind, String comment) {
        reports.add(new ReaderReport(guide.id(), 1, way, step, kind, comment, Instant.now()));
    }

    /** The guide's open reports as the inbox groups them; empty when it has none. */
    public Optional<GuideReports> open(Guide guide) {
        return reports.open(500).stream().filter(open -> open.guideId().equals(guide.id())).findFirst();
    }

    /** The open reports about one step of revision 1 of the guide. */
    public StepReports openStep(Guide guide, WayKind way, int step) {
        return open(guide).orElseThrow().steps().stream()
                .filter(reports -> reports.subject().way() == way && Integer.valueOf(step).equals(reports.subject().step()))
                .findFirst().orElseThrow(() -> new AssertionError("no open reports about " + way + " step " + step));
    }

    /** Withdraws every guide made here from readers (their reports stay). */
    public void archiveAll() {
        for (GuideId id : created) {
            Guide guide = guides.find(id).orElseThrow();
            if (guide.status() != GuideStatus.ARCHIVED) {
                guides.save(guide.archive(), "fixture-author", "done");
            }
        }
        created.clear();
    }
}
