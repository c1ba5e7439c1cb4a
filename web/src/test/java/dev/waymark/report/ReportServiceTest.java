package dev.waymark.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waymark.base.TestDatabaseInitializer;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.Guides;
import dev.waymark.guide.PublishedGuide;
import dev.waymark.guide.Slug;
import dev.waymark.guide.TestGuides;
import dev.waymark.guide.WayKind;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class ReportServiceTest {

    private static final Slug SERBIA = new Slug("serbia-cancel-mobile-service");

    @Autowired
    ReportService service;

    @Autowired
    ReaderReports reports;

    @Autowired
    Guides guides;

    /** Each test its own client, so the rate limit of one does not spill into another. */
    private final String client = "test-" + UUID.randomUUID();
    private final List<GuideId> created = new ArrayList<>();

    @BeforeEach
    void anonymous() {
        SecurityContextHolder.clearContext();
    }

    private PublishedGuide serbia() {
        return guides.findPublished(SERBIA).orElseThrow();
    }

    private ReaderReport latest(GuideId id) {
        return reports.forGuide(id).getFirst();
    }

    /**
     * A new guide with revision 1 (Serbian test content) and revision 2 (one store-visit way of two steps)
     * published; archived after the test, so other tests' readers never see it.
     */
    private Guide publishedTwice() {
        Slug slug = new Slug("reported-" + System.nanoTime());
        Guide first = guides.save(Guide.draft(GuideId.random(), slug, TestGuides.serbia()), "ana", "first");
        Guide published = guides.save(first.publish(), "ana", "publish");
        Guide second = guides.save(published.edit(TestGuides.withSteps(2)), "ana", "shorter");
        Guide guide = guides.save(second.publish(), "ana", "publish again");
        created.add(guide.id());
        return guide;
    }

    @AfterEach
    void archiveCreatedGuides() {
        for (GuideId id : created) {
            Guide guide = guides.find(id).orElseThrow();
            guides.save(guide.archive(), "test", "done");
        }
    }

    @Test
    void anyone_may_report_a_step_of_the_published_revision_without_signing_in() {
        PublishedGuide serbia = serbia();
        String comment = "nobody answers " + client;

        service.report(SERBIA, serbia.revision(), WayKind.HOTLINE, 1, ReportKind.DID_NOT_WORK, comment, client);

        ReaderReport stored = latest(serbia.id());
        assertThat(stored.comment()).isEqualTo(comment);
        assertThat(stored.revision()).isEqualTo(serbia.revision());
        assertThat(stored.way()).isEqualTo(WayKind.HOTLINE);
        assertThat(stored.step()).isEqualTo(1);
        assertThat(stored.kind()).isEqualTo(ReportKind.DID_NOT_WORK);
    }

    @Test
    void a_whole_guide_can_be_called_helpful_and_the_last_step_of_a_way_reported() {
        PublishedGuide serbia = serbia();
        int lastHotlineStep = serbia.content().ways().stream().filter(way -> way.kind() == WayKind.HOTLINE)
                .findFirst().orElseThrow().steps().size();

        service.report(SERBIA, serbia.revision(), null, null, ReportKind.HELPFUL, null, client);
        service.report(SERBIA, serbia.revision(), WayKind.HOTLINE, lastHotlineStep, ReportKind.OUTDATED, "", client);

        assertThat(reports.forGuide(serbia.id())).extracting(ReaderReport::kind)
                .startsWith(ReportKind.OUTDATED, ReportKind.HELPFUL);
    }

    @Test
    void drafts_and_unknown_guides_cannot_be_reported() {
        Slug draft = new Slug("draft-report-" + System.nanoTime());
        guides.save(Guide.draft(GuideId.random(), draft, TestGuides.serbia()), "ana", "draft");
        long before = reports.count();

        assertThatThrownBy(() -> service.report(draft, 1, null, null, ReportKind.OUTDATED, "", client))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no published guide");
        assertThatThrownBy(() -> service.report(new Slug("no-such-guide"), 1, null, null, ReportKind.OUTDATED, "",
                client)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-guide");
        assertThat(reports.count()).isEqualTo(before);
    }

    @Test
    void only_revisions_readers_could_have_seen_are_accepted() {
        Guide guide = publishedTwice();

        assertThatThrownBy(() -> service.report(guide.slug(), 3, null, null, ReportKind.OUTDATED, "", client))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no revision 3")
                .hasMessageContaining("published revision is 2");
        assertThatThrownBy(() -> service.report(guide.slug(), 0, null, null, ReportKind.OUTDATED, "", client))
                .isInstanceOf(IllegalArgumentException.class);

        // A reader who opened the page before revision 2 was published reports what they saw.
        service.report(guide.slug(), 1, WayKind.HOTLINE, 3, ReportKind.DID_NOT_WORK, "", client);
        assertThat(latest(guide.id())).extracting(ReaderReport::revision, ReaderReport::way, ReaderReport::step)
                .containsExactly(1, WayKind.HOTLINE, 3);
    }

    @Test
    void steps_must_exist_in_the_way_of_that_revision() {
        Guide guide = publishedTwice();

        assertThatThrownBy(() -> service.report(guide.slug(), 2, WayKind.HOTLINE, 1, ReportKind.OUTDATED, "", client))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no way 'hotline'");
        assertThatThrownBy(() -> service.report(guide.slug(), 2, WayKind.STORE_VISIT, 3, ReportKind.OUTDATED, "",
                client)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("steps 1 to 2 (was 3)");
        assertThatThrownBy(() -> service.report(guide.slug(), 2, WayKind.STORE_VISIT, 0, ReportKind.OUTDATED, "",
                client)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.report(guide.slug(), 2, WayKind.STORE_VISIT, null, ReportKind.OUTDATED, "",
                client)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both the way and the step");
        assertThatThrownBy(() -> service.report(guide.slug(), 2, WayKind.STORE_VISIT, 1, ReportKind.HELPFUL, "",
                client)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole guide");
        assertThat(reports.forGuide(guide.id())).isEmpty();
    }

    @Test
    void control_characters_are_removed_from_comments_and_long_comments_refused() {
        PublishedGuide serbia = serbia();

        service.report(SERBIA, serbia.revision(), null, null, ReportKind.NOT_HELPFUL,
                "\u0007 wrong\u0000 number\u202E\r\nsee\tshop \u2066" + client, client);

        assertThat(latest(serbia.id()).comment()).isEqualTo("wrong number\nsee shop " + client);
        assertThatThrownBy(() -> service.report(SERBIA, serbia.revision(), null, null, ReportKind.NOT_HELPFUL,
                "x".repeat(ReaderReport.COMMENT_MAX_LENGTH + 1), client))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most");
    }

    @Test
    void a_client_is_refused_beyond_its_share_and_nothing_is_stored() {
        PublishedGuide serbia = serbia();
        for (int i = 0; i < 10; i++) {
            service.report(SERBIA, serbia.revision(), null, null, ReportKind.HELPFUL, "", client);
        }
        long stored = reports.count();

        assertThatThrownBy(() -> service.report(SERBIA, serbia.revision(), null, null, ReportKind.HELPFUL, "", client))
                .isInstanceOf(RateLimitedException.class).hasMessageContaining("too many reports");
        assertThat(reports.count()).isEqualTo(stored);
        assertThatCode(() -> service.report(SERBIA, serbia.revision(), null, null, ReportKind.HELPFUL, "",
                client + "-other")).doesNotThrowAnyException();
    }
}
