package dev.waymark.guide;

import static dev.waymark.guide.GuideEdits.move;
import static dev.waymark.guide.GuideEdits.retext;
import static dev.waymark.guide.GuideEdits.steps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waymark.guide.GuideDiff.Change;
import dev.waymark.guide.GuideDiff.Field;
import dev.waymark.guide.GuideDiff.Kind;
import dev.waymark.guide.GuideDiff.Location;
import dev.waymark.guide.GuideDiff.Part;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private static final Location HOTLINE_1_EN =
            new Location(Part.STEP, WayKind.HOTLINE, 1, Field.TEXT, Language.EN);

    /** The guide as saved once: every translation linked to its source. */
    private static Guide saved() {
        return Guide.draft(GuideId.random(), new Slug("serbia-cancel-sim"), TestGuides.serbia());
    }

    /** The content as an editor's form sends it back: the same texts, no basis recorded anywhere. */
    private static GuideContent fresh(GuideContent content) {
        return Translations.map(content, (where, text) -> new LocalizedText(text.values()));
    }

    private static GuideContent newHotlineSource(GuideContent content) {
        return steps(content, WayKind.HOTLINE, list -> list.set(0,
                retext(list.getFirst(), Language.ZH_CN, "拨打 mts 客服 0800 100 200")));
    }

    @Test
    void a_fingerprint_ignores_spacing_and_normalisation_but_not_words() {
        Fingerprint fingerprint = Fingerprint.of("拨打 mts 客服  0800 100 100\n");
        assertThat(fingerprint.value()).hasSize(Fingerprint.LENGTH).matches("[0-9a-f]+");
        assertThat(Fingerprint.of(" 拨打 mts 客服 0800\t100 100")).isEqualTo(fingerprint);
        assertThat(Fingerprint.of("Cafe\u0301")).isEqualTo(Fingerprint.of("Café"));
        assertThat(Fingerprint.of("拨打 mts 客服 0800 100 200")).isNotEqualTo(fingerprint);
        assertThatThrownBy(() -> new Fingerprint("XYZ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_saved_guide_records_a_basis_only_on_its_stale_translations() {
        Guide guide = saved();
        assertThat(guide.content()).isEqualTo(TestGuides.serbia());
        GuideContent stale = guide.edit(newHotlineSource(guide.content())).content();
        Step step = stale.ways().getFirst().steps().getFirst();
        assertThat(step.text().basis(Language.EN)).contains(Fingerprint.of("拨打 mts 客服 0800 100 100"));
        assertThat(step.text().basis(Language.ZH_CN)).isEmpty();
        assertThat(Translations.texts(stale)).filteredOn(text -> !text.text().basis().isEmpty()).hasSize(1);
    }

    @Test
    void changing_a_source_marks_exactly_its_translations() {
        Guide guide = saved();
        for (GuideContent edited : List.of(newHotlineSource(guide.content()), fresh(newHotlineSource(guide.content())))) {
            GuideContent linked = guide.edit(edited).content();
            assertThat(Translations.status(linked, Language.EN).stale()).containsExactly(HOTLINE_1_EN);
            assertThat(Translations.status(linked, Language.EN).missing()).isEmpty();
            Step step = linked.ways().getFirst().steps().getFirst();
            assertThat(step.text().isStale(Language.EN, Language.ZH_CN)).isTrue();
            // The expected result's source did not change: its translation is current.
            assertThat(step.expected().isStale(Language.EN, Language.ZH_CN)).isFalse();
        }
    }

    @Test
    void reordering_steps_or_saving_without_a_change_marks_nothing() {
        Guide guide = saved();
        GuideContent reordered = steps(guide.content(), WayKind.HOTLINE, list -> move(list, 1, 3));
        for (GuideContent edited : List.of(reordered, fresh(reordered), guide.content(), fresh(guide.content()))) {
            GuideContent linked = guide.edit(edited).content();
            assertThat(Translations.status(linked, Language.EN).complete()).as("%s", edited).isTrue();
        }
        assertThat(guide.edit(fresh(guide.content())).content()).isEqualTo(guide.content());
    }

    @Test
    void a_stale_translation_stays_stale_through_later_saves_until_it_is_fixed() {
        Guide stale = saved().edit(newHotlineSource(saved().content()));
        Guide resaved = stale.edit(fresh(stale.content()));
        assertThat(Translations.status(resaved.content(), Language.EN).stale()).containsExactly(HOTLINE_1_EN);
        // Another part changes: the stale mark stays where it was and nothing else is marked.
        Guide other = resaved.edit(steps(fresh(resaved.content()), WayKind.STORE_VISIT,
                list -> list.set(0, retext(list.getFirst(), Language.ZH_CN, "带护照和SIM卡去营业厅"))));
        assertThat(Translations.status(other.content(), Language.EN).stale()).containsExactly(HOTLINE_1_EN,
                new Location(Part.STEP, WayKind.STORE_VISIT, 1, Field.TEXT, Language.EN));
        // A translator types a new translation: current.
        Guide fixed = other.edit(steps(fresh(other.content()), WayKind.HOTLINE, list -> list.set(0,
                retext(list.getFirst(), Language.EN, "Call mts on 0800 100 200"))));
        assertThat(Translations.status(fixed.content(), Language.EN).stale()).containsExactly(
                new Location(Part.STEP, WayKind.STORE_VISIT, 1, Field.TEXT, Language.EN));
    }

    @Test
    void changing_a_source_and_its_translation_in_one_save_leaves_the_translation_current() {
        Guide guide = saved();
        GuideContent both = steps(guide.content(), WayKind.HOTLINE, list -> list.set(0,
                retext(retext(list.getFirst(), Language.ZH_CN, "拨打 mts 客服 0800 100 200"), Language.EN,
                        "Call mts on 0800 100 200")));
        assertThat(Translations.status(guide.edit(both).content(), Language.EN).complete()).isTrue();
        assertThat(Translations.status(guide.edit(fresh(both)).content(), Language.EN).complete()).isTrue();
    }

    @Test
    void content_stored_before_translations_were_linked_reads_as_current_and_is_linked_on_the_next_save() {
        GuideContent old = fresh(TestGuides.serbia());
        assertThat(Translations.status(old, Language.EN).complete()).isTrue();
        Guide stored = new Guide(GuideId.random(), new Slug("serbia-cancel-sim"), old, GuideStatus.PUBLISHED, 3, 3, 3);
        GuideContent linked = stored.edit(fresh(newHotlineSource(old))).content();
        assertThat(Translations.status(linked, Language.EN).stale()).containsExactly(HOTLINE_1_EN);
    }

    @Test
    void confirming_a_stale_translation_clears_it_without_changing_its_text() {
        Guide stale = saved().edit(newHotlineSource(saved().content()));
        GuideContent confirmed = Translations.confirm(stale.content(), HOTLINE_1_EN);
        Step step = confirmed.ways().getFirst().steps().getFirst();
        assertThat(step.text().in(Language.EN)).contains("Call mts on 0800 100 100");
        assertThat(Translations.status(confirmed, Language.EN).complete()).isTrue();
        assertThat(Translations.confirmed(stale.content(), confirmed)).containsExactly(HOTLINE_1_EN);
        // Saving keeps the confirmation.
        assertThat(Translations.status(stale.edit(confirmed).content(), Language.EN).complete()).isTrue();
        assertThatThrownBy(() -> Translations.confirm(confirmed, HOTLINE_1_EN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no stale translation");
    }

    @Test
    void the_comparison_of_two_versions_says_which_translations_became_stale_and_which_were_confirmed() {
        Guide guide = saved();
        Guide stale = guide.edit(newHotlineSource(guide.content()));
        List<Change> changes = GuideDiff.compare(guide.content(), stale.content());
        assertThat(changes).contains(new Change(HOTLINE_1_EN, Kind.OUTDATED, "", ""));
        assertThat(changes).filteredOn(change -> change.kind() == Kind.OUTDATED).hasSize(1);
        GuideContent confirmed = Translations.confirm(stale.content(), HOTLINE_1_EN);
        assertThat(GuideDiff.compare(stale.content(), confirmed))
                .containsExactly(new Change(HOTLINE_1_EN, Kind.CONFIRMED, "", ""));
    }

    @Test
    void a_missing_translation_is_counted_apart_from_stale_ones() {
        GuideContent content = steps(TestGuides.serbia(), WayKind.HOTLINE,
                list -> list.set(1, retext(list.get(1), Language.EN, "")));
        Translations.Status status = Translations.status(Guide.draft(GuideId.random(), new Slug("x-y"), content)
                .content(), Language.EN);
        assertThat(status.missing()).containsExactly(new Location(Part.STEP, WayKind.HOTLINE, 2, Field.TEXT,
                Language.EN));
        assertThat(status.stale()).isEmpty();
        assertThat(Translations.statuses(content, List.of(Language.ZH_CN, Language.EN)))
                .extracting(Translations.Status::language).containsExactly(Language.EN);
    }

    @Test
    void a_basis_is_only_kept_for_a_translation_that_has_text_and_is_dropped_when_its_text_changes() {
        Fingerprint basis = Fingerprint.of("旧");
        LocalizedText text = new LocalizedText(Map.of(Language.ZH_CN, "新", Language.EN, "Old"),
                Map.of(Language.EN, basis));
        assertThat(text.isStale(Language.EN, Language.ZH_CN)).isTrue();
        assertThat(text.with(Language.EN, " Old ").basis(Language.EN)).contains(basis);
        assertThat(text.with(Language.EN, "New").basis(Language.EN)).isEmpty();
        assertThat(text.with(Language.ZH_CN, "更新").basis(Language.EN)).contains(basis);
        assertThat(text.with(Language.EN, "").basis()).isEmpty();
    }

    @Test
    void a_field_has_a_short_path() {
        assertThat(Translations.path(HOTLINE_1_EN)).isEqualTo("step.hotline.1.text@en");
        assertThat(Translations.path(new Location(Part.REQUIREMENT, null, 2, Field.WHEN_NOT_MET, null)))
                .isEqualTo("requirement.2.whenNotMet");
        assertThat(Translations.path(Location.of(Part.DETAILS).withField(Field.TITLE))).isEqualTo("details.title");
    }
}
