package dev.waymark.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waymark.audit.AuditEvent;
import dev.waymark.audit.AuditFilter;
import dev.waymark.audit.AuditLog;
import dev.waymark.base.TestCaller;
import dev.waymark.base.TestDatabaseInitializer;
import dev.waymark.importer.ImportOptions;
import dev.waymark.importer.MarkdownImport;
import dev.waymark.importer.TransferService;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ContextConfiguration;

/** The editors' rules: saving, four-eyes publishing, restoring, stale versions, and the audit record they leave. */
@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class EditorGuidesTest {

    @Autowired
    EditorGuides editors;

    @Autowired
    ReaderGuides readers;

    @Autowired
    AuditLog audit;

    @Autowired
    TransferService transfers;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final Slug slug = new Slug("rules-" + suffix);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_editor_cannot_publish_their_own_changes_but_a_second_editor_can() {
        TestCaller.signIn("ana-" + suffix, "ROLE_EDITOR");
        Guide created = editors.create(slug, TestGuides.serbia(), "first draft");
        Guide submitted = editors.submitForReview(created.id(), created.version());

        assertThat(editors.whyNotPublish(submitted)).hasValueSatisfying(reason -> assertThat(reason)
                .isEqualTo(Publishing.SELF_PUBLISHING_REFUSED));
        assertThatThrownBy(() -> editors.publish(submitted.id(), submitted.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(readers.find(slug)).isEmpty();

        TestCaller.signIn("ben-" + suffix, "ROLE_EDITOR");
        assertThat(editors.whyNotPublish(submitted)).isEmpty();
        // The test guide is not in every offered language: the publisher accepts that.
        Guide published = editors.publish(submitted.id(), submitted.version(), true);

        assertThat(published.status()).isEqualTo(GuideStatus.PUBLISHED);
        assertThat(readers.find(slug)).hasValueSatisfying(p -> assertThat(p.revision()).isEqualTo(1));
        assertThat(audit.find(new AuditFilter(null, "guide", slug.value(), null, null), 0, 10))
                .extracting(AuditEvent::action, AuditEvent::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(GuideActions.PUBLISH, "ben-" + suffix),
                        org.assertj.core.groups.Tuple.tuple(GuideActions.SUBMIT, "ana-" + suffix),
                        org.assertj.core.groups.Tuple.tuple(GuideActions.CREATE, "ana-" + suffix));
    }

    @Test
    void an_admin_cannot_publish_their_own_changes_either() {
        assertThat(editors.publishing()).as("the default rule").isEqualTo(Publishing.SECOND_PERSON);
        TestCaller.signIn("root-" + suffix, "ROLE_ADMIN", "ROLE_EDITOR");
        Guide created = editors.create(slug, TestGuides.serbia(), "");

        assertThat(editors.whyNotPublish(created)).contains(Publishing.SELF_PUBLISHING_REFUSED);
        assertThatThrownBy(() -> editors.publish(created.id(), created.version()))
                .isInstanceOf(AccessDeniedException.class).hasMessage(Publishing.SELF_PUBLISHING_REFUSED);

        TestCaller.signIn("ben-" + suffix, "ROLE_EDITOR");
        assertThat(editors.publish(created.id(), created.version(), true).publishedRevision()).isEqualTo(1);
    }

    @Test
    void whoever_imported_an_article_cannot_publish_it_a_second_editor_can() {
        TestCaller.signIn("root-" + suffix, "ROLE_ADMIN", "ROLE_EDITOR");
        MarkdownImport imported = transfers.importMarkdown("""
                source: https://operator.example.rs/raskid

                # Raskid ugovora

                ## Raskid u poslovnici

                1. Dođite u poslovnicu sa ličnom kartom.
                """, new ImportOptions(new CountryCode("RS"), Set.of(CardType.PHYSICAL_SIM), Language.EN), slug);
        Guide draft = editors.find(imported.id()).orElseThrow();

        assertThat(draft.content().publishProblems()).isEmpty();
        assertThatThrownBy(() -> editors.publish(draft.id(), draft.version())).isInstanceOf(AccessDeniedException.class);

        TestCaller.signIn("ben-" + suffix, "ROLE_EDITOR");
        assertThat(editors.whyNotPublish(draft)).isEmpty();
        // The article is in English only: the publisher accepts that other readers see it in English.
        assertThat(editors.publish(draft.id(), draft.version(), true).status()).isEqualTo(GuideStatus.PUBLISHED);
    }

    @Test
    void a_guide_without_a_source_is_not_published_even_by_a_second_editor() {
        TestCaller.signIn("ana-" + suffix, "ROLE_EDITOR");
        Guide created = editors.create(slug, TestGuides.withSteps(1).withProvenance(Provenance.NONE), "");

        TestCaller.signIn("ben-" + suffix, "ROLE_EDITOR");
        assertThat(editors.whyNotPublish(created))
                .contains("a guide needs at least one source before it can be published");
        assertThatThrownBy(() -> editors.publish(created.id(), created.version()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one source");
        assertThat(readers.find(slug)).isEmpty();
    }

    @Test
    void readers_keep_the_published_revision_while_a_new_draft_is_saved() {
        TestCaller.signIn("root-" + suffix, "ROLE_ADMIN");
        Guide created = editors.create(slug, TestGuides.serbia(), "");
        TestCaller.signIn("ben-" + suffix, "ROLE_EDITOR");
        Guide published = editors.publish(created.id(), created.version(), true);
        TestCaller.signIn("root-" + suffix, "ROLE_ADMIN");

        Guide edited = editors.save(published.id(), published.version(), slug, TestGuides.withSteps(2), "two steps");

        assertThat(edited.status()).isEqualTo(GuideStatus.DRAFT);
        assertThat(edited.savedRevision()).isEqualTo(2);
        assertThat(readers.find(slug).orElseThrow().revision()).isEqualTo(1);
        assertThat(editors.revisions(edited.id())).extracting(RevisionSummary::message)
                .containsExactly("two steps", "created");
        assertThat(audit.find(new AuditFilter(null, GuideActions.SAVE, slug.value(), null, null), 0, 10))
                .extracting(AuditEvent::detail).containsExactly("revision 2: two steps");
    }

    @Test
    void saving_what_is_stored_already_makes_no_revision() {
        TestCaller.signIn("ana-" + suffix, "ROLE_EDITOR");
        Guide created = editors.create(slug, TestGuides.serbia(), "");

        Guide same = editors.save(created.id(), created.version(), slug, TestGuides.serbia(), "nothing");

        assertThat(same).isEqualTo(created);
        assertThat(editors.revisions(created.id())).hasSize(1);
    }

    @Test
    void a_save_from_an_old_version_is_refused_and_changes_nothing() {
        TestCaller.signIn("ana-" + suffix, "ROLE_EDITOR");
        Guide created = editors.create(slug, TestGuides.serbia(), "");
        Guide theirs = editors.save(created.id(), created.version(), slug, TestGuides.withSteps(2), "theirs");

        assertThatThrownBy(() -> editors.save(created.id(), created.version(), slug, TestGuides.withSteps(5), "mine"))
                .isInstanceOf(StaleGuideException.class);
        assertThatThrownBy(() -> editors.publish(created.id(), created.version()))
                .isInstanceOf(StaleGuideException.class);

        assertThat(editors.find(created.id())).contains(theirs);
        assertThat(editors.revisions(created.id())).hasSize(2);
    }

    @Test
    void restoring_an_old_revision_makes_a_new_draft_and_keeps_the_history() {
        TestCaller.signIn("ana-" + suffix, "ROLE_EDITOR");
        Guide created = editors.create(slug, TestGuides.serbia(), "");
        Guide second = editors.save(created.id(), created.version(), new Slug(slug.value() + "-renamed"),
                TestGuides.withSteps(2), "shorter");

        Guide restored = editors.restore(second.id(), 1, second.version());

        assertThat(restored.savedRevision()).isEqualTo(3);
        assertThat(restored.content()).isEqualTo(TestGuides.serbia());
        assertThat(restored.slug()).isEqualTo(slug);
        assertThat(editors.revision(created.id(), 2).orElseThrow().content()).isEqualTo(TestGuides.withSteps(2));
        assertThat(editors.revisions(created.id()).getFirst().message()).isEqualTo("restored revision 1");
        assertThat(audit.find(new AuditFilter(null, GuideActions.RESTORE, null, null, null), 0, 50))
                .anyMatch(event -> event.detail().equals("revision 1 restored as revision 3")
                        && event.target().equals(slug.value()));
        assertThatThrownBy(() -> editors.restore(created.id(), 9, restored.version()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no revision 9");
    }

    @Test
    void an_archived_guide_disappears_for_readers_and_comes_back_as_a_draft() {
        TestCaller.signIn("root-" + suffix, "ROLE_ADMIN");
        Guide created = editors.create(slug, TestGuides.serbia(), "");
        TestCaller.signIn("ben-" + suffix, "ROLE_EDITOR");
        Guide published = editors.publish(created.id(), created.version(), true);

        Guide archived = editors.archive(published.id(), published.version());
        assertThat(readers.find(slug)).isEmpty();
        assertThatThrownBy(() -> editors.save(archived.id(), archived.version(), slug, TestGuides.withSteps(1), ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("archived");

        Guide back = editors.unarchive(archived.id(), archived.version());
        assertThat(back.status()).isEqualTo(GuideStatus.DRAFT);
    }
}
