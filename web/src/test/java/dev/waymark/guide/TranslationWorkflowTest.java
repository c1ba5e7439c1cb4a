package dev.waymark.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waymark.audit.AuditEvent;
import dev.waymark.audit.AuditFilter;
import dev.waymark.audit.AuditLog;
import dev.waymark.base.TestCaller;
import dev.waymark.base.TestDatabaseInitializer;
import dev.waymark.guide.GuideDiff.Field;
import dev.waymark.guide.GuideDiff.Location;
import dev.waymark.guide.GuideDiff.Part;
import dev.waymark.importer.TransferService;
import dev.waymark.review.InboxService;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ContextConfiguration;

/**
 * Linked translations through the services: a changed source marks its translation stale, the inbox lists it,
 * publishing needs the publisher to accept it, "still correct" is audited, and the mark survives export and import.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class TranslationWorkflowTest {

    private static final Location HOTLINE_1_EN = new Location(Part.STEP, WayKind.HOTLINE, 1, Field.TEXT, Language.EN);

    @Autowired
    EditorGuides editors;

    @Autowired
    InboxService inbox;

    @Autowired
    TransferService transfers;

    @Autowired
    AuditLog audit;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final Slug slug = new Slug("translations-" + suffix);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** The content with the Chinese source of the hotline's first step changed, as an editor's form sends it. */
    private static GuideContent newHotlineSource(GuideContent content) {
        return content.withWays(content.ways().stream().map(way -> {
            if (way.kind() != WayKind.HOTLINE) {
                return way;
            }
            List<Step> steps = new ArrayList<>(way.steps());
            Step first = steps.getFirst();
            steps.set(0, new Step(first.text().with(Language.ZH_CN, "拨打 mts 客服 0800 100 200"), first.expected(),
                    first.warning(), first.appliesTo(), first.evidence()));
            return way.withSteps(steps);
        }).toList());
    }

    private Guide staleGuide() {
        TestCaller.signIn("ana-" + suffix, "ROLE_EDITOR");
        Guide created = editors.create(slug, TestGuides.serbia(), "first draft");
        return editors.save(created.id(), created.version(), slug, newHotlineSource(created.content()), "new number");
    }

    private List<AuditEvent> events() {
        return audit.find(new AuditFilter(null, "guide", slug.value(), null, null), 0, 20);
    }

    @Test
    void a_stale_translation_is_listed_needs_accepting_to_publish_and_its_confirmation_is_audited() {
        Guide stale = staleGuide();
        assertThat(editors.translations(stale.content())).extracting(Translations.Status::language)
                .containsExactly(Language.ZH_TW, Language.EN, Language.RU);
        assertThat(editors.translations(stale.content())).filteredOn(status -> status.language().equals(Language.EN))
                .singleElement().satisfies(status -> {
            assertThat(status.language()).isEqualTo(Language.EN);
            assertThat(status.stale()).containsExactly(HOTLINE_1_EN);
            assertThat(status.missing()).isEmpty();
        });
        assertThat(inbox.translations(InboxService.MAX_LIMIT)).filteredOn(entry -> entry.guide().slug().equals(slug))
                .singleElement().satisfies(entry -> assertThat(entry.languages())
                        .filteredOn(status -> !status.stale().isEmpty()).extracting(Translations.Status::language)
                        .containsExactly(Language.EN));

        TestCaller.signIn("ben-" + suffix, "ROLE_EDITOR");
        assertThatThrownBy(() -> editors.publish(stale.id(), stale.version()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("translations are incomplete (")
                .hasMessageContaining("en 1 stale, 0 missing");
        Guide published = editors.publish(stale.id(), stale.version(), true);
        assertThat(published.status()).isEqualTo(GuideStatus.PUBLISHED);
        assertThat(events()).filteredOn(event -> event.action().equals(GuideActions.PUBLISH)).singleElement()
                .satisfies(event -> assertThat(event.detail())
                        .contains("translations accepted as incomplete: ").contains("en 1 stale, 0 missing"));

        Guide confirmed = editors.save(published.id(), published.version(), slug,
                Translations.confirm(published.content(), HOTLINE_1_EN), "English still right");
        assertThat(Translations.status(confirmed.content(), Language.EN).complete()).isTrue();
        assertThat(events()).filteredOn(event -> event.action().equals(GuideActions.CONFIRM_TRANSLATION))
                .singleElement().satisfies(event -> {
                    assertThat(event.actor()).isEqualTo("ben-" + suffix);
                    assertThat(event.detail()).contains("step.hotline.1.text@en");
                });
        // Russian and Traditional Chinese are still missing (the test guide has neither), but nothing is stale.
        assertThat(inbox.translations(InboxService.MAX_LIMIT)).filteredOn(entry -> entry.guide().slug().equals(slug))
                .singleElement().satisfies(entry -> assertThat(entry.languages())
                        .allMatch(status -> status.stale().isEmpty()));
        assertThat(editors.compare(confirmed.id(), 2, 3)).extracting(GuideDiff.Change::kind)
                .containsExactly(GuideDiff.Kind.CONFIRMED);
        assertThat(editors.compare(confirmed.id(), 1, 2)).extracting(GuideDiff.Change::kind)
                .contains(GuideDiff.Kind.CHANGED, GuideDiff.Kind.OUTDATED);
    }

    @Test
    void the_earlier_source_of_a_stale_translation_is_found_in_the_history() {
        Guide stale = staleGuide();
        Fingerprint basis = stale.content().ways().getFirst().steps().getFirst().text().basis(Language.EN).orElseThrow();
        assertThat(editors.earlierSource(stale.id(), basis)).contains("拨打 mts 客服 0800 100 100");
        assertThat(editors.earlierSource(stale.id(), Fingerprint.of("never in this guide"))).isEmpty();
    }

    @Test
    void a_stale_mark_survives_export_and_import() {
        Guide stale = staleGuide();
        String json = transfers.exportGuide(slug.value());
        assertThat(json).contains("\"basis\"");
        Slug copy = new Slug("translations-copy-" + suffix);
        transfers.importJson(json.replace("\"" + slug.value() + "\"", "\"" + copy.value() + "\""));
        Guide imported = editors.findBySlug(copy).orElseThrow();
        assertThat(Translations.status(imported.content(), Language.EN).stale()).containsExactly(HOTLINE_1_EN);
        // Imported again over the guide it came from: still stale, nothing else marked.
        transfers.importJson(json);
        Guide again = editors.findBySlug(slug).orElseThrow();
        assertThat(again.savedRevision()).isGreaterThan(stale.savedRevision());
        assertThat(Translations.status(again.content(), Language.EN).stale()).containsExactly(HOTLINE_1_EN);
    }
}
