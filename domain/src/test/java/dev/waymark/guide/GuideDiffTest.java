package dev.waymark.guide;

import static dev.waymark.guide.GuideEdits.edit;
import static dev.waymark.guide.GuideEdits.move;
import static dev.waymark.guide.GuideEdits.retext;
import static dev.waymark.guide.GuideEdits.step;
import static dev.waymark.guide.GuideEdits.steps;
import static dev.waymark.guide.GuideEdits.way;
import static dev.waymark.guide.GuideEdits.with;
import static dev.waymark.guide.TestGuides.A1;
import static dev.waymark.guide.TestGuides.MTS;
import static dev.waymark.guide.TestGuides.YETTEL;
import static dev.waymark.guide.TestGuides.serbia;
import static dev.waymark.guide.TestGuides.text;
import static dev.waymark.guide.TestGuides.withSteps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waymark.guide.GuideDiff.Change;
import dev.waymark.guide.GuideDiff.Field;
import dev.waymark.guide.GuideDiff.Kind;
import dev.waymark.guide.GuideDiff.Location;
import dev.waymark.guide.GuideDiff.Part;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuideDiffTest {

    private static Location stepAt(WayKind way, int index) {
        return new Location(Part.STEP, way, index, null, null);
    }

    private static Location details(Field field) {
        return Location.of(Part.DETAILS).withField(field);
    }

    @Test
    void equal_versions_have_no_changes() {
        assertThat(GuideDiff.compare(serbia(), serbia())).isEmpty();
        assertThat(GuideDiff.compare(new Slug("a"), serbia(), new Slug("a"), serbia())).isEmpty();
    }

    @Test
    void a_step_text_changed_in_one_language_is_one_change_at_that_step_and_language() {
        GuideContent after = steps(withSteps(4), WayKind.STORE_VISIT,
                list -> list.set(2, retext(list.get(2), Language.ZH_CN, "第三步：带护照")));

        assertThat(GuideDiff.compare(withSteps(4), after)).containsExactly(new Change(
                stepAt(WayKind.STORE_VISIT, 3).withField(Field.TEXT).withLanguage(Language.ZH_CN), Kind.CHANGED,
                "第3步", "第三步：带护照"));
    }

    @Test
    void a_reordered_step_is_one_move_not_a_run_of_changed_texts() {
        GuideContent after = steps(withSteps(5), WayKind.STORE_VISIT, list -> move(list, 2, 4));

        assertThat(GuideDiff.compare(withSteps(5), after))
                .containsExactly(new Change(stepAt(WayKind.STORE_VISIT, 4), Kind.MOVED, "2", "4"));
    }

    @Test
    void a_step_moved_up_is_one_move_too() {
        GuideContent after = steps(withSteps(5), WayKind.STORE_VISIT, list -> move(list, 5, 1));

        assertThat(GuideDiff.compare(withSteps(5), after))
                .containsExactly(new Change(stepAt(WayKind.STORE_VISIT, 1), Kind.MOVED, "5", "1"));
    }

    @Test
    void an_inserted_step_is_one_addition_and_later_steps_are_not_changed() {
        GuideContent after = steps(withSteps(4), WayKind.STORE_VISIT,
                list -> list.add(1, step("带上合同", "Bring the contract")));

        assertThat(GuideDiff.compare(withSteps(4), after))
                .containsExactly(new Change(stepAt(WayKind.STORE_VISIT, 2), Kind.ADDED, "", "带上合同"));
    }

    @Test
    void a_removed_step_is_one_removal_at_its_old_position_in_the_old_source_language() {
        GuideContent after = steps(withSteps(4), WayKind.STORE_VISIT, list -> list.remove(1));

        assertThat(GuideDiff.compare(withSteps(4), after))
                .containsExactly(new Change(stepAt(WayKind.STORE_VISIT, 2), Kind.REMOVED, "第2步", ""));
    }

    @Test
    void removing_one_step_and_adding_another_at_the_end_is_not_taken_for_a_move() {
        GuideContent after = steps(withSteps(3), WayKind.STORE_VISIT, list -> {
            list.remove(1);
            list.add(step("第9步", "Step 9"));
        });

        assertThat(GuideDiff.compare(withSteps(3), after)).containsExactly(
                new Change(stepAt(WayKind.STORE_VISIT, 2), Kind.REMOVED, "第2步", ""),
                new Change(stepAt(WayKind.STORE_VISIT, 3), Kind.ADDED, "", "第9步"));
    }

    @Test
    void a_step_rewritten_in_place_is_a_changed_text_not_a_removal_and_an_addition() {
        GuideContent after = steps(withSteps(3), WayKind.STORE_VISIT,
                list -> list.set(1, step("打电话给客服", "Call customer service")));

        assertThat(GuideDiff.compare(withSteps(3), after)).containsExactly(
                new Change(stepAt(WayKind.STORE_VISIT, 2).withField(Field.TEXT).withLanguage(Language.ZH_CN),
                        Kind.CHANGED, "第2步", "打电话给客服"),
                new Change(stepAt(WayKind.STORE_VISIT, 2).withField(Field.TEXT).withLanguage(Language.EN),
                        Kind.CHANGED, "Step 2", "Call customer service"));
    }

    @Test
    void a_step_edited_and_moved_is_a_move_then_its_change() {
        GuideContent before = steps(serbia(), WayKind.HOTLINE, list -> { });
        GuideContent after = steps(serbia(), WayKind.HOTLINE, list -> {
            list.set(0, retext(list.get(0), Language.EN, "Call mts on 0800 100 100 (free)"));
            move(list, 1, 3);
        });

        assertThat(GuideDiff.compare(before, after)).containsExactly(
                new Change(stepAt(WayKind.HOTLINE, 3), Kind.MOVED, "1", "3"),
                new Change(stepAt(WayKind.HOTLINE, 3).withField(Field.TEXT).withLanguage(Language.EN), Kind.CHANGED,
                        "Call mts on 0800 100 100", "Call mts on 0800 100 100 (free)"));
    }

    @Test
    void a_step_rewritten_in_place_while_another_moved_is_a_change_and_a_move() {
        GuideContent after = steps(withSteps(4), WayKind.STORE_VISIT, list -> {
            list.add(list.removeFirst());
            list.set(2, retext(list.get(2), Language.ZH_CN, "交回SIM卡"));
        });

        assertThat(GuideDiff.compare(withSteps(4), after)).containsExactly(
                new Change(stepAt(WayKind.STORE_VISIT, 3).withField(Field.TEXT).withLanguage(Language.ZH_CN),
                        Kind.CHANGED, "第4步", "交回SIM卡"),
                new Change(stepAt(WayKind.STORE_VISIT, 4), Kind.MOVED, "1", "4"));
    }

    @Test
    void an_operator_added_to_the_guide_names_its_code() {
        GuideContent before = edit(serbia(), parts -> parts.operators = List.of(MTS, A1));

        assertThat(GuideDiff.compare(before, serbia()))
                .containsExactly(new Change(details(Field.OPERATORS), Kind.ADDED, "", "rs-yettel"));
        assertThat(GuideDiff.compare(serbia(), before))
                .containsExactly(new Change(details(Field.OPERATORS), Kind.REMOVED, "rs-yettel", ""));
    }

    @Test
    void operators_put_in_another_order_are_one_change_of_the_list() {
        GuideContent after = edit(serbia(), parts -> parts.operators = List.of(YETTEL, MTS, A1));

        assertThat(GuideDiff.compare(serbia(), after)).containsExactly(new Change(details(Field.OPERATORS),
                Kind.CHANGED, "rs-mts, rs-yettel, rs-a1", "rs-yettel, rs-mts, rs-a1"));
    }

    @Test
    void a_way_added_or_removed_is_named_by_its_kind() {
        GuideContent without = serbia().withWays(serbia().ways().subList(1, 3));

        assertThat(GuideDiff.compare(without, serbia()))
                .containsExactly(new Change(new Location(Part.WAY, WayKind.HOTLINE, 1, null, null), Kind.ADDED, "", ""));
        assertThat(GuideDiff.compare(serbia(), without))
                .containsExactly(new Change(new Location(Part.WAY, WayKind.HOTLINE, 1, null, null), Kind.REMOVED, "",
                        ""));
    }

    @Test
    void ways_pair_by_kind_so_reordering_them_is_a_move() {
        List<Way> ways = serbia().ways();
        GuideContent after = serbia().withWays(List.of(ways.get(1), ways.get(2), ways.get(0)));

        assertThat(GuideDiff.compare(serbia(), after))
                .containsExactly(new Change(new Location(Part.WAY, WayKind.HOTLINE, 3, null, null), Kind.MOVED, "1", "3"));
    }

    @Test
    void a_way_field_and_a_contact_are_located_in_their_way() {
        GuideContent after = way(serbia(), WayKind.HOTLINE, way -> new Way(way.kind(), way.title(), way.summary(),
                way.steps(), new Fact(text("当场", "At once"), Evidence.sourced("mts-contact")), way.cost(),
                List.of(new ContactPoint(ContactKind.PHONE, "0800 100 200", way.contacts().getFirst().label(),
                        MTS, Evidence.sourced("mts-contact"))), way.appliesTo(), way.evidence()));
        Location hotline = new Location(Part.WAY, WayKind.HOTLINE, 1, null, null);

        assertThat(GuideDiff.compare(serbia(), after)).containsExactly(
                new Change(hotline.withField(Field.PROCESSING_TIME).withLanguage(Language.ZH_CN), Kind.ADDED, "", "当场"),
                new Change(hotline.withField(Field.PROCESSING_TIME).withLanguage(Language.EN), Kind.ADDED, "", "At once"),
                new Change(hotline.withField(Field.PROCESSING_TIME_SOURCES), Kind.ADDED, "", "mts-contact"),
                new Change(new Location(Part.CONTACT, WayKind.HOTLINE, 1, Field.VALUE, null), Kind.CHANGED,
                        "0800 100 100", "0800 100 200"));
    }

    @Test
    void limiting_a_step_to_an_operator_and_a_card_type_names_each_value() {
        GuideContent after = steps(serbia(), WayKind.HOTLINE, list -> list.set(2, new Step(list.get(2).text(),
                LocalizedText.EMPTY, LocalizedText.EMPTY,
                new Applicability(Set.of(CardType.ESIM), Set.of(YETTEL), Set.of()), Evidence.ADVICE)));

        assertThat(GuideDiff.compare(serbia(), after)).containsExactly(
                new Change(stepAt(WayKind.HOTLINE, 3).withField(Field.CARD_TYPES), Kind.ADDED, "", "esim"),
                new Change(stepAt(WayKind.HOTLINE, 3).withField(Field.OPERATORS), Kind.ADDED, "", "rs-yettel"));
    }

    @Test
    void card_types_removed_from_the_guide_come_in_a_stable_order() {
        GuideContent after = edit(withSteps(1), parts -> {
            parts.checks = List.of();
            parts.cautions = List.of();
            parts.cardTypes = Set.of(CardType.PHYSICAL_SIM);
        });

        assertThat(GuideDiff.compare(serbia(), after)).filteredOn(c -> c.where().equals(details(Field.CARD_TYPES)))
                .containsExactly(new Change(details(Field.CARD_TYPES), Kind.REMOVED, "esim", ""),
                        new Change(details(Field.CARD_TYPES), Kind.REMOVED, "prepaid-data", ""));
    }

    @Test
    void an_unverified_fact_reclassified_as_general_advice_loses_one_mark_and_gains_the_other() {
        GuideContent after = edit(serbia(), parts -> parts.faq = List.of(new Faq(parts.faq.getFirst().question(),
                parts.faq.getFirst().answer(), Evidence.ADVICE)));

        assertThat(GuideDiff.compare(serbia(), after)).containsExactly(
                new Change(new Location(Part.FAQ, null, 1, Field.UNVERIFIED, null), Kind.REMOVED, "", ""),
                new Change(new Location(Part.FAQ, null, 1, Field.ADVICE, null), Kind.ADDED, "", ""));
        assertThat(GuideDiff.compare(after, serbia())).containsExactly(
                new Change(new Location(Part.FAQ, null, 1, Field.UNVERIFIED, null), Kind.ADDED, "", ""),
                new Change(new Location(Part.FAQ, null, 1, Field.ADVICE, null), Kind.REMOVED, "", ""));
    }

    @Test
    void an_unverified_fact_that_gains_a_source_shows_the_source_and_loses_the_mark() {
        GuideContent after = edit(serbia(), parts -> parts.faq = List.of(new Faq(parts.faq.getFirst().question(),
                parts.faq.getFirst().answer(), Evidence.sourced("a1-faq"))));

        assertThat(GuideDiff.compare(serbia(), after)).containsExactly(
                new Change(new Location(Part.FAQ, null, 1, Field.SOURCES, null), Kind.ADDED, "", "a1-faq"),
                new Change(new Location(Part.FAQ, null, 1, Field.UNVERIFIED, null), Kind.REMOVED, "", ""));
    }

    @Test
    void sources_pair_by_key_and_dates_are_shown_as_iso_dates() {
        Provenance old = serbia().provenance();
        Source a1 = old.sources().get(1);
        GuideContent after = serbia().withProvenance(new Provenance(List.of(old.sources().get(0),
                new Source(a1.key(), URI.create("https://a1.rs/podrska"), a1.title(), a1.official(), a1.readOn())),
                old.lastVerified(), LocalDate.of(2027, 6, 1)));

        assertThat(GuideDiff.compare(serbia(), after)).containsExactly(
                new Change(Location.of(Part.PROVENANCE).withField(Field.REVIEW_DUE), Kind.CHANGED, "2027-05-01",
                        "2027-06-01"),
                new Change(new Location(Part.SOURCE, null, 2, Field.URL, null), Kind.CHANGED,
                        "https://a1.rs/podrska/faq-single-view?id=24", "https://a1.rs/podrska"));
    }

    @Test
    void a_source_added_is_summarised_by_its_title_and_key() {
        Provenance old = serbia().provenance();
        GuideContent after = serbia().withProvenance(new Provenance(with(old.sources(), list -> list.add(
                new Source(new SourceKey("ratel"), URI.create("https://ratel.rs"), "RATEL", true, null))),
                old.lastVerified(), old.reviewDue()));

        assertThat(GuideDiff.compare(serbia(), after)).containsExactly(
                new Change(new Location(Part.SOURCE, null, 3, null, null), Kind.ADDED, "", "RATEL (ratel)"));
    }

    @Test
    void a_translation_added_to_the_title_is_an_addition_in_that_language() {
        GuideContent before = serbia().withTitle(LocalizedText.of(Language.ZH_CN, "塞尔维亚SIM卡注销"));

        assertThat(GuideDiff.compare(before, serbia())).containsExactly(new Change(
                details(Field.TITLE).withLanguage(Language.EN), Kind.ADDED, "", "Cancel a SIM in Serbia"));
    }

    @Test
    void a_slug_change_is_a_detail_and_unsorted_text_its_own_part() {
        GuideContent after = serbia().withUnsorted("Imported line");

        assertThat(GuideDiff.compare(new Slug("serbia"), serbia(), new Slug("serbia-sim"), after)).containsExactly(
                new Change(details(Field.SLUG), Kind.CHANGED, "serbia", "serbia-sim"),
                new Change(Location.of(Part.UNSORTED).withField(Field.TEXT), Kind.ADDED, "", "Imported line"));
    }

    @Test
    void a_caution_inserted_first_is_one_addition_in_its_list() {
        GuideContent after = edit(serbia(), parts -> parts.cautions = with(parts.cautions, list -> list.add(0,
                new Caution(text("先备份短信", "Back up your messages first"), Applicability.ALL, Evidence.ADVICE))));

        assertThat(GuideDiff.compare(serbia(), after)).containsExactly(
                new Change(new Location(Part.CAUTION, null, 1, null, null), Kind.ADDED, "", "先备份短信"));
    }

    @Test
    void changes_come_in_the_order_of_the_guide() {
        GuideContent after = edit(steps(serbia(), WayKind.STORE_VISIT, list -> list.remove(0)), parts -> {
            parts.title = parts.title.with(Language.EN, "Cancelling a SIM in Serbia");
            parts.phrases = List.of();
            parts.documents = List.of();
        });

        assertThat(GuideDiff.compare(serbia(), after)).extracting(change -> change.where().part())
                .containsExactly(Part.DETAILS, Part.DOCUMENT, Part.STEP, Part.PHRASE);
    }

    @Test
    void a_location_names_a_way_exactly_for_ways_steps_and_contacts() {
        assertThatThrownBy(() -> new Location(Part.STEP, null, 1, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Location(Part.CAUTION, WayKind.HOTLINE, 1, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Location(Part.CAUTION, null, 0, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Location(Part.DETAILS, null, 0, null, Language.EN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
