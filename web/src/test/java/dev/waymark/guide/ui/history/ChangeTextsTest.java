package dev.waymark.guide.ui.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.waymark.guide.CountryCode;
import dev.waymark.guide.GuideDiff.Change;
import dev.waymark.guide.GuideDiff.Field;
import dev.waymark.guide.GuideDiff.Kind;
import dev.waymark.guide.GuideDiff.Location;
import dev.waymark.guide.GuideDiff.Part;
import dev.waymark.guide.GuideMerge.Conflict;
import dev.waymark.guide.GuideMerge.Reason;
import dev.waymark.guide.Language;
import dev.waymark.guide.TestGuides;
import dev.waymark.guide.WayKind;
import dev.waymark.guide.ui.history.ChangeTexts.Line;
import dev.waymark.operator.Operator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The words for changes, in both languages; no Spring, no service. */
class ChangeTextsTest {

    private static final Map<dev.waymark.guide.OperatorCode, Operator> OPERATORS = Map.of(TestGuides.YETTEL,
            new Operator(TestGuides.YETTEL, new CountryCode("RS"), "Yettel", List.of(), null, List.of(), null,
                    List.of()));
    private final ChangeTexts english = new ChangeTexts(Language.EN, OPERATORS);
    private final ChangeTexts chinese = new ChangeTexts(Language.ZH_CN, OPERATORS);

    private static Location step(int index) {
        return new Location(Part.STEP, WayKind.STORE_VISIT, index, null, null);
    }

    @Test
    void a_step_text_change_names_the_way_the_step_and_the_language() {
        Change change = new Change(step(3).withField(Field.TEXT).withLanguage(Language.ZH_CN), Kind.CHANGED,
                "交回SIM卡", "交回实体SIM卡");

        assertThat(english.line(change)).isEqualTo(new Line("Store visit, step 3: text (zh-CN) changed", "交回SIM卡",
                "交回实体SIM卡", ""));
        assertThat(chinese.line(change).text()).isEqualTo("营业厅办理，第 3 步：文本（zh-CN）已修改");
    }

    @Test
    void an_operator_added_is_shown_with_its_name() {
        Change change = new Change(Location.of(Part.DETAILS).withField(Field.OPERATORS), Kind.ADDED, "", "rs-yettel");

        assertThat(english.line(change)).isEqualTo(new Line("Operator added: Yettel (rs-yettel)", "", "", ""));
        assertThat(chinese.line(change).text()).isEqualTo("添加了运营商：Yettel（rs-yettel）");
        assertThat(english.line(new Change(Location.of(Part.DETAILS).withField(Field.OPERATORS), Kind.REMOVED,
                "rs-unknown", "")).text()).isEqualTo("Operator removed: rs-unknown");
    }

    @Test
    void ways_are_named_by_their_kind_and_moves_by_old_and_new_positions() {
        assertThat(english.line(new Change(new Location(Part.WAY, WayKind.HOTLINE, 1, null, null), Kind.ADDED, "",
                "")).text()).isEqualTo("Phone hotline: way added");
        assertThat(english.line(new Change(step(4), Kind.MOVED, "2", "4")).text())
                .isEqualTo("Store visit, step 2 moved to 4");
        assertThat(chinese.line(new Change(step(4), Kind.MOVED, "2", "4")).text())
                .isEqualTo("营业厅办理，第 2 步移到第 4 位");
    }

    @Test
    void an_item_added_or_removed_shows_its_words() {
        assertThat(english.line(new Change(new Location(Part.CAUTION, null, 1, null, null), Kind.ADDED, "",
                "先备份短信"))).isEqualTo(new Line("Caution 1 added", "", "先备份短信", ""));
        assertThat(english.line(new Change(step(2), Kind.REMOVED, "第2步", "")))
                .isEqualTo(new Line("Store visit, step 2 removed", "第2步", "", ""));
    }

    @Test
    void details_start_with_a_capital_and_codes_are_named() {
        assertThat(english.line(new Change(Location.of(Part.DETAILS).withField(Field.TITLE).withLanguage(Language.EN),
                Kind.ADDED, "", "Cancel a SIM"))).isEqualTo(new Line("Title (en) added", "", "Cancel a SIM", ""));
        assertThat(english.line(new Change(Location.of(Part.DETAILS).withField(Field.CARD_TYPES), Kind.REMOVED,
                "esim", "")).text()).isEqualTo("Card type removed: eSIM");
        assertThat(english.line(new Change(Location.of(Part.DETAILS).withField(Field.SOURCE_LANGUAGE), Kind.CHANGED,
                "zh-CN", "en"))).isEqualTo(new Line("Source language changed", "简体中文", "English", ""));
        assertThat(english.line(new Change(new Location(Part.FAQ, null, 1, Field.UNVERIFIED, null), Kind.REMOVED,
                "", "")).text()).isEqualTo("Question 1: unverified mark removed");
    }

    @Test
    void a_conflict_says_why_it_was_not_applied() {
        Line line = english.line(new Conflict(Reason.BOTH_CHANGED, new Change(
                step(2).withField(Field.TEXT).withLanguage(Language.EN), Kind.CHANGED, "Theirs", "Mine")));

        assertThat(line.text()).isEqualTo("Store visit, step 2: text (en) changed");
        assertThat(line.note()).contains("their version was kept");
        assertThat(line.before()).isEqualTo("Theirs");
        assertThat(line.after()).isEqualTo("Mine");
    }

    @Test
    void every_part_field_kind_and_reason_has_words_in_both_languages() {
        for (ChangeTexts texts : List.of(english, chinese)) {
            for (Field field : Field.values()) {
                for (Kind kind : List.of(Kind.ADDED, Kind.REMOVED, Kind.CHANGED)) {
                    assertThatCode(() -> texts.line(new Change(step(1).withField(field), kind, "", "")))
                            .as(field + " " + kind).doesNotThrowAnyException();
                }
            }
            for (Part part : Part.values()) {
                Location where = part.isItem() ? new Location(part, part.isInWay() ? WayKind.HOTLINE : null, 1, null,
                        null) : Location.of(part);
                Change change = part.isItem() ? new Change(where, Kind.MOVED, "1", "2")
                        : new Change(where.withField(Field.TEXT), Kind.CHANGED, "a", "b");
                assertThatCode(() -> texts.line(change)).as(part.name()).doesNotThrowAnyException();
            }
            for (Reason reason : Reason.values()) {
                assertThat(texts.line(new Conflict(reason, new Change(step(1), Kind.ADDED, "", "x"))).note())
                        .isNotBlank();
            }
        }
    }
}
