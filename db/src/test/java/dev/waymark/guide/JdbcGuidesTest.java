package dev.waymark.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waymark.base.TestDatabase;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcGuidesTest {

    private final JdbcGuides guides = new JdbcGuides(TestDatabase.jdbc(), TestDatabase.transactions());
    private final JdbcClient jdbc = TestDatabase.jdbc();

    @BeforeEach
    void clean() {
        TestDatabase.clear();
    }

    private int revisionCount(GuideId id) {
        return jdbc.sql("select count(*) from guide_revision where guide_id = :id").param("id", id.value())
                .query(Integer.class).single();
    }

    @Test
    void a_guide_is_saved_and_loaded_whole_in_every_language() {
        Guide saved = guides.save(TestGuides.draft("serbia"), "ana", "first draft");

        Guide loaded = guides.find(saved.id()).orElseThrow();

        assertThat(loaded).isEqualTo(saved);
        assertThat(loaded.content()).isEqualTo(TestGuides.serbia());
        assertThat(loaded.content().ways().getFirst().steps().getFirst().text().in(Language.ZH_CN))
                .contains("拨打 mts 客服 0800 100 100");
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(loaded.savedRevision()).isEqualTo(1);
        assertThat(guides.findBySlug(new Slug("serbia"))).contains(saved);
    }

    @Test
    void every_save_keeps_an_immutable_revision() {
        Guide first = guides.save(TestGuides.draft("serbia"), "ana", "first draft");
        Guide second = guides.save(first.edit(TestGuides.withSteps(3)), "ben", "three steps");

        assertThat(second.savedRevision()).isEqualTo(2);
        assertThat(guides.revisions(first.id())).extracting(RevisionSummary::number, RevisionSummary::author,
                RevisionSummary::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "ben", "three steps"),
                org.assertj.core.groups.Tuple.tuple(1, "ana", "first draft"));
        assertThat(guides.revision(first.id(), 1).orElseThrow().content()).isEqualTo(TestGuides.serbia());
        assertThat(guides.revision(first.id(), 2).orElseThrow().content()).isEqualTo(TestGuides.withSteps(3));

        assertThatThrownBy(() -> jdbc.sql("update guide_revision set author = 'eve'").update())
                .hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("delete from guide_revision").update()).hasMessageContaining("immutable");
    }

    @Test
    void a_save_with_a_stale_version_is_refused_and_changes_nothing() {
        Guide loaded = guides.save(TestGuides.draft("serbia"), "ana", "first");
        guides.save(loaded.edit(TestGuides.withSteps(2)), "ana", "second");

        assertThatThrownBy(() -> guides.save(loaded.edit(TestGuides.withSteps(5)), "ben", "late"))
                .isInstanceOf(StaleGuideException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(revisionCount(loaded.id())).isEqualTo(2);
        assertThat(guides.find(loaded.id()).orElseThrow().content()).isEqualTo(TestGuides.withSteps(2));
    }

    @Test
    void of_two_concurrent_saves_one_wins_and_the_other_gets_a_conflict() throws Exception {
        Guide loaded = guides.save(TestGuides.draft("serbia"), "ana", "first");
        CountDownLatch start = new CountDownLatch(1);
        Callable<Object> saveA = () -> {
            start.await();
            return guides.save(loaded.edit(TestGuides.withSteps(2)), "ana", "ana's edit");
        };
        Callable<Object> saveB = () -> {
            start.await();
            return guides.save(loaded.edit(TestGuides.withSteps(4)), "ben", "ben's edit");
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Object> a = pool.submit(() -> outcome(saveA));
            Future<Object> b = pool.submit(() -> outcome(saveB));
            start.countDown();
            List<Object> outcomes = List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));

            assertThat(outcomes).filteredOn(Guide.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(StaleGuideException.class::isInstance).hasSize(1);
            Guide winner = (Guide) outcomes.stream().filter(Guide.class::isInstance).findFirst().orElseThrow();
            Guide stored = guides.find(loaded.id()).orElseThrow();
            assertThat(stored).isEqualTo(winner);
            assertThat(stored.version()).isEqualTo(2);
            assertThat(revisionCount(loaded.id())).isEqualTo(2);
            assertThat(guides.revision(loaded.id(), 2).orElseThrow().content()).isEqualTo(stored.content());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Object outcome(Callable<Object> save) {
        try {
            return save.call();
        } catch (Exception e) {
            return e;
        }
    }

    @Test
    void a_failed_save_changes_nothing() {
        guides.save(TestGuides.draft("taken"), "ana", "other guide");
        Guide loaded = guides.save(TestGuides.draft("serbia"), "ana", "first");

        assertThatThrownBy(() -> guides.save(loaded.edit(TestGuides.withSteps(2)).withSlug(new Slug("taken")), "ana",
                "rename")).isInstanceOf(SlugTakenException.class).hasMessageContaining("'taken'");

        assertThat(revisionCount(loaded.id())).isEqualTo(1);
        assertThat(guides.find(loaded.id())).contains(loaded);
    }

    @Test
    void all_lists_every_guide_in_any_status_with_its_current_content_by_slug() {
        Guide draft = guides.save(TestGuides.draft("zeta"), "ana", "draft");
        Guide published = guides.save(guides.save(TestGuides.draft("alpha"), "ana", "first").publish(), "ben", "publish");
        Guide edited = guides.save(published.edit(TestGuides.withSteps(2)), "ana", "new draft");

        assertThat(guides.all()).containsExactly(edited, draft);
    }

    @Test
    void a_new_guide_with_a_taken_slug_is_refused() {
        guides.save(TestGuides.draft("serbia"), "ana", "first");

        assertThatThrownBy(() -> guides.save(TestGuides.draft("serbia"), "ben", "again"))
                .isInstanceOf(SlugTakenException.class);
        assertThat(guides.count()).isEqualTo(1);
    }

    @Test
    void readers_keep_the_published_revision_while_a_new_draft_is_edited() {
        Guide saved = guides.save(TestGuides.draft("serbia"), "ana", "first");
        Guide published = guides.save(saved.publish(), "admin", "publish");
        assertThat(published.savedRevision()).isEqualTo(1);
        assertThat(revisionCount(saved.id())).as("publishing writes no new revision").isEqualTo(1);

        Guide draft = guides.save(published.edit(TestGuides.withSteps(9)), "ana", "rework");

        assertThat(draft.status()).isEqualTo(GuideStatus.DRAFT);
        PublishedGuide seen = guides.findPublished(new Slug("serbia")).orElseThrow();
        assertThat(seen.revision()).isEqualTo(1);
        assertThat(seen.content()).isEqualTo(TestGuides.serbia());
        assertThat(guides.listPublished(GuideFilter.all(Language.EN))).singleElement()
                .satisfies(summary -> assertThat(summary.revision()).isEqualTo(1));

        Guide republished = guides.save(draft.publish(), "admin", "publish 2");
        assertThat(guides.findPublished(new Slug("serbia")).orElseThrow().content()).isEqualTo(TestGuides.withSteps(9));
        assertThat(republished.publishedRevision()).isEqualTo(2);
    }

    @Test
    void drafts_and_archived_guides_are_never_listed_for_readers() {
        guides.save(TestGuides.draft("draft-only"), "ana", "draft");
        Guide published = guides.save(guides.save(TestGuides.draft("archived"), "ana", "x").publish(), "admin", "p");
        assertThat(guides.findPublished(new Slug("draft-only"))).isEmpty();
        assertThat(guides.listPublished(GuideFilter.all(Language.ZH_CN))).hasSize(1);

        guides.save(published.archive(), "admin", "archive");

        assertThat(guides.findPublished(new Slug("archived"))).isEmpty();
        assertThat(guides.listPublished(GuideFilter.all(Language.ZH_CN))).isEmpty();
    }

    @Test
    void published_guides_are_listed_by_facet_in_each_language() {
        guides.save(guides.save(TestGuides.draft("serbia"), "ana", "x").publish(), "admin", "p");

        assertThat(guides.listPublished(new GuideFilter(new CountryCode("RS"), CardType.ESIM, TestGuides.YETTEL,
                Language.ZH_CN, null))).singleElement()
                .satisfies(s -> {
                    assertThat(s.title()).isEqualTo("塞尔维亚SIM卡注销");
                    assertThat(s.operators()).containsExactly(TestGuides.MTS, TestGuides.YETTEL, TestGuides.A1);
                    assertThat(s.cardTypes()).contains(CardType.ESIM, CardType.PHYSICAL_SIM);
                });
        assertThat(guides.listPublished(new GuideFilter(new CountryCode("RS"), null, null, Language.EN, null)))
                .extracting(GuideSummary::title).containsExactly("Cancel a SIM in Serbia");
        assertThat(guides.listPublished(new GuideFilter(new CountryCode("BE"), null, null, Language.EN, null))).isEmpty();
        assertThat(guides.listPublished(new GuideFilter(null, null, new OperatorCode("rs-other"), Language.EN, null)))
                .isEmpty();
        assertThat(guides.listPublished(new GuideFilter(null, null, null, Language.ZH_CN, "护照"))).hasSize(1);
        assertThat(guides.listPublished(new GuideFilter(null, null, null, Language.EN, "100%"))).isEmpty();
        assertThat(guides.listPublished(new GuideFilter(null, null, null, Language.EN, "_"))).isEmpty();
    }

    @Test
    void like_wildcards_in_user_text_match_only_themselves() {
        assertThat(JdbcGuides.escapeLike("50%_a\\b")).isEqualTo("50\\%\\_a\\\\b");
    }

    @Test
    void editors_list_guides_in_any_status_filtered_by_country_status_review_due_and_text() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 22);
        Guide draft = guides.save(TestGuides.draft("serbia-draft"), "ana", "draft");
        Provenance sources = TestGuides.serbia().provenance();
        GuideContent due = TestGuides.serbia().withProvenance(new Provenance(sources.sources(), null, today.minusDays(3)));
        Guide published = guides.save(guides.save(Guide.draft(GuideId.random(), new Slug("serbia-due"), due), "ana", "x")
                .publish(), "ben", "publish");

        assertThat(guides.list(GuideListFilter.ALL, 0, 10)).extracting(GuideListing::slug)
                .containsExactly(published.slug(), draft.slug());
        assertThat(guides.count(GuideListFilter.ALL)).isEqualTo(2);
        assertThat(guides.list(new GuideListFilter(null, GuideStatus.DRAFT, null, null), 0, 10))
                .extracting(GuideListing::slug).containsExactly(draft.slug());
        assertThat(guides.list(new GuideListFilter(new CountryCode("RU"), null, null, null), 0, 10)).isEmpty();
        GuideListing dueListing = guides.list(new GuideListFilter(null, null, today, null), 0, 10).getFirst();
        assertThat(dueListing.slug()).isEqualTo(published.slug());
        assertThat(dueListing.reviewDueBy(today)).isTrue();
        assertThat(dueListing.publishedRevision()).isEqualTo(1);
        assertThat(dueListing.sourceLanguage()).isEqualTo(Language.ZH_CN);
        assertThat(dueListing.title(Language.EN)).isEqualTo("Cancel a SIM in Serbia");
        assertThat(guides.count(new GuideListFilter(null, null, today, null))).isEqualTo(1);
        assertThat(guides.list(new GuideListFilter(null, null, null, "塞尔维亚"), 0, 10)).hasSize(2);
        assertThat(guides.list(new GuideListFilter(null, null, null, "DRAFT"), 0, 10)).extracting(GuideListing::slug)
                .containsExactly(draft.slug());
        assertThat(guides.count(new GuideListFilter(null, null, null, "%_\\"))).isZero();
        assertThat(guides.list(GuideListFilter.ALL, 1, 10)).extracting(GuideListing::slug).containsExactly(draft.slug());
    }
}
