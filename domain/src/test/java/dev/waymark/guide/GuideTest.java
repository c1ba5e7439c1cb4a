package dev.waymark.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuideTest {

    /** As the repository returns it after a save. */
    private static Guide saved(Guide guide, int revision) {
        return new Guide(guide.id(), guide.slug(), guide.content(), guide.status(), revision,
                guide.publishedRevision(), guide.version() + 1);
    }

    @Test
    void a_new_guide_is_an_unsaved_draft_nobody_reads() {
        Guide guide = TestGuides.draft("serbia");

        assertThat(guide.status()).isEqualTo(GuideStatus.DRAFT);
        assertThat(guide.hasUnsavedChanges()).isTrue();
        assertThat(guide.visibleToReaders()).isFalse();
    }

    @Test
    void a_guide_cannot_be_published_without_a_way_that_has_a_step() {
        Guide guide = saved(Guide.draft(GuideId.random(), new Slug("empty"),
                TestGuides.serbia().withWays(List.of(Way.of(WayKind.HOTLINE)))), 1);

        assertThatThrownBy(guide::publish)
                .hasMessage("a guide needs at least one way with a step before it can be published");
    }

    @Test
    void a_guide_cannot_be_published_without_a_source() {
        Guide guide = saved(Guide.draft(GuideId.random(), new Slug("unsourced"),
                TestGuides.withSteps(1).withProvenance(Provenance.NONE)), 1);

        assertThatThrownBy(guide::publish).hasMessage("a guide needs at least one source before it can be published");
        assertThat(guide.content().publishProblems()).containsExactly(
                "a guide needs at least one source before it can be published");
    }

    @Test
    void nobody_publishes_changes_they_wrote_or_imported_unless_the_instance_allows_it() {
        Guide guide = saved(TestGuides.draft("serbia"), 2);
        Set<String> authors = Set.of("ana", "importer-admin");

        assertThatThrownBy(() -> guide.publish("ana", authors, Publishing.SECOND_PERSON))
                .hasMessage(Publishing.SELF_PUBLISHING_REFUSED);
        assertThatThrownBy(() -> guide.publish("importer-admin", authors, Publishing.SECOND_PERSON))
                .as("admins included: the rule knows no roles").hasMessage(Publishing.SELF_PUBLISHING_REFUSED);
        assertThat(guide.publish("ben", authors, Publishing.SECOND_PERSON).status()).isEqualTo(GuideStatus.PUBLISHED);
        assertThat(guide.publish("ana", authors, new Publishing(true)).publishedRevision()).isEqualTo(2);
    }

    @Test
    void self_publishing_still_needs_publishable_content() {
        Guide unsourced = saved(Guide.draft(GuideId.random(), new Slug("solo"),
                TestGuides.withSteps(1).withProvenance(Provenance.NONE)), 1);

        assertThatThrownBy(() -> unsourced.publish("ana", Set.of("ana"), new Publishing(true)))
                .hasMessage("a guide needs at least one source before it can be published");
    }

    @Test
    void unsaved_edits_cannot_be_published() {
        assertThatThrownBy(() -> TestGuides.draft("serbia").publish()).hasMessage("save the guide before publishing it");
    }

    @Test
    void publishing_makes_the_saved_revision_what_readers_see() {
        Guide published = saved(TestGuides.draft("serbia"), 1).publish();

        assertThat(published.status()).isEqualTo(GuideStatus.PUBLISHED);
        assertThat(published.publishedRevision()).isEqualTo(1);
        assertThat(published.visibleToReaders()).isTrue();
    }

    @Test
    void editing_a_published_guide_starts_a_draft_while_readers_keep_the_published_revision() {
        Guide published = saved(saved(TestGuides.draft("serbia"), 1).publish(), 1);

        Guide edited = published.edit(TestGuides.withSteps(2));

        assertThat(edited.status()).isEqualTo(GuideStatus.DRAFT);
        assertThat(edited.publishedRevision()).isEqualTo(1);
        assertThat(edited.visibleToReaders()).isTrue();
        assertThat(edited.hasUnsavedChanges()).isTrue();
    }

    @Test
    void review_then_publish() {
        Guide inReview = saved(TestGuides.draft("serbia"), 1).submitForReview();

        assertThat(inReview.status()).isEqualTo(GuideStatus.IN_REVIEW);
        assertThat(inReview.publish().status()).isEqualTo(GuideStatus.PUBLISHED);
        assertThatThrownBy(inReview::submitForReview).hasMessageContaining("only a draft");
    }

    @Test
    void a_published_guide_cannot_be_published_again() {
        Guide published = saved(TestGuides.draft("serbia"), 1).publish();

        assertThatThrownBy(published::publish).hasMessageContaining("(this guide is PUBLISHED)");
    }

    @Test
    void archiving_hides_the_guide_and_blocks_edits_until_restored() {
        Guide archived = saved(TestGuides.draft("serbia"), 1).publish().archive();

        assertThat(archived.visibleToReaders()).isFalse();
        assertThatThrownBy(() -> archived.edit(TestGuides.serbia())).hasMessageContaining("restored from the archive");
        assertThat(archived.unarchive().status()).isEqualTo(GuideStatus.DRAFT);
    }

    @Test
    void a_published_guide_always_names_its_published_revision() {
        Guide draft = TestGuides.draft("serbia");
        assertThatThrownBy(() -> new Guide(draft.id(), draft.slug(), draft.content(), GuideStatus.PUBLISHED, 1, null, 1))
                .hasMessageContaining("published revision");
    }
}
