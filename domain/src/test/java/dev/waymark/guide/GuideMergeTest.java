package dev.waymark.guide;

import static dev.waymark.guide.GuideEdits.edit;
import static dev.waymark.guide.GuideEdits.move;
import static dev.waymark.guide.GuideEdits.retext;
import static dev.waymark.guide.GuideEdits.step;
import static dev.waymark.guide.GuideEdits.steps;
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
import dev.waymark.guide.GuideMerge.Conflict;
import dev.waymark.guide.GuideMerge.Reason;
import dev.waymark.guide.GuideMerge.Result;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuideMergeTest {

    private final GuideId id = GuideId.random();

    /** Merges mine and theirs, both edited from base; theirs was saved as the next version. */
    private Result merge(GuideContent base, GuideContent mine, GuideContent theirs) {
        return GuideMerge.merge(GuideEdits.guide(id, base, 3), GuideEdits.guide(id, base, 3).edit(mine),
                GuideEdits.guide(id, theirs, 4));
    }

    private static List<String> texts(GuideContent content, WayKind kind, Language language) {
        return content.ways().stream().filter(way -> way.kind() == kind).findFirst().orElseThrow().steps().stream()
                .map(step -> step.text().in(language).orElse("")).toList();
    }

    /** {@code withSteps(steps)} with one language of the store visit's step {@code index} (from 1) rewritten. */
    private static GuideContent storeStep(int steps, int index, Language language, String text) {
        return steps(withSteps(steps), WayKind.STORE_VISIT,
                list -> list.set(index - 1, retext(list.get(index - 1), language, text)));
    }

    private static Location stepAt(WayKind way, int index) {
        return new Location(Part.STEP, way, index, null, null);
    }

    @Test
    void when_only_they_changed_the_result_is_theirs_unchanged() {
        GuideContent theirs = steps(serbia(), WayKind.STORE_VISIT, list -> list.add(step("排队", "Queue")));

        Result result = merge(serbia(), serbia(), theirs);

        assertThat(result.isClean()).isTrue();
        assertThat(result.guide()).isEqualTo(GuideEdits.guide(id, theirs, 4));
    }

    @Test
    void when_only_i_changed_the_result_is_mine_with_their_version_as_an_unsaved_draft() {
        GuideContent mine = steps(serbia(), WayKind.STORE_VISIT, list -> list.add(step("排队", "Queue")));

        Result result = merge(serbia(), mine, serbia());

        assertThat(result.isClean()).isTrue();
        assertThat(result.guide().content()).isEqualTo(mine);
        assertThat(result.guide().version()).isEqualTo(4);
        assertThat(result.guide().hasUnsavedChanges()).isTrue();
    }

    @Test
    void edits_of_different_steps_are_both_kept() {
        GuideContent mine = storeStep(4, 1, Language.EN, "Go to a store");
        GuideContent theirs = storeStep(4, 3, Language.ZH_CN, "去营业厅排队");

        Result result = merge(withSteps(4), mine, theirs);

        assertThat(result.conflicts()).isEmpty();
        assertThat(texts(result.guide().content(), WayKind.STORE_VISIT, Language.EN))
                .containsExactly("Go to a store", "Step 2", "Step 3", "Step 4");
        assertThat(texts(result.guide().content(), WayKind.STORE_VISIT, Language.ZH_CN))
                .containsExactly("第1步", "第2步", "去营业厅排队", "第4步");
    }

    @Test
    void edits_of_one_text_in_different_languages_are_both_kept() {
        GuideContent mine = serbia().withTitle(serbia().title().with(Language.EN, "Cancelling a SIM in Serbia"));
        GuideContent theirs = serbia().withTitle(serbia().title().with(Language.ZH_CN, "在塞尔维亚注销SIM卡"));

        Result result = merge(serbia(), mine, theirs);

        assertThat(result.conflicts()).isEmpty();
        assertThat(result.guide().content().title()).isEqualTo(text("在塞尔维亚注销SIM卡", "Cancelling a SIM in Serbia"));
    }

    @Test
    void one_text_changed_differently_by_both_keeps_theirs_and_lists_mine() {
        GuideContent mine = storeStep(3, 2, Language.EN, "Mine");
        GuideContent theirs = storeStep(3, 2, Language.EN, "Theirs");

        Result result = merge(withSteps(3), mine, theirs);

        assertThat(result.guide().content()).isEqualTo(theirs);
        assertThat(result.conflicts()).containsExactly(new Conflict(Reason.BOTH_CHANGED, new Change(
                stepAt(WayKind.STORE_VISIT, 2).withField(Field.TEXT).withLanguage(Language.EN), Kind.CHANGED, "Theirs",
                "Mine")));
    }

    @Test
    void a_step_i_inserted_lands_after_the_step_it_followed_while_their_insertions_stay() {
        GuideContent mine = steps(withSteps(3), WayKind.STORE_VISIT, list -> list.add(1, step("我的", "Mine")));
        GuideContent theirs = steps(withSteps(3), WayKind.STORE_VISIT, list -> {
            list.add(0, step("他们的", "Theirs"));
            list.set(2, retext(list.get(2), Language.EN, "Step two"));
        });

        Result result = merge(withSteps(3), mine, theirs);

        assertThat(result.conflicts()).isEmpty();
        assertThat(texts(result.guide().content(), WayKind.STORE_VISIT, Language.EN))
                .containsExactly("Theirs", "Step 1", "Mine", "Step two", "Step 3");
    }

    @Test
    void a_step_we_both_added_is_there_once() {
        GuideContent both = steps(withSteps(2), WayKind.STORE_VISIT, list -> list.add(step("排队", "Queue")));

        Result result = merge(withSteps(2), both, both);

        assertThat(result.conflicts()).isEmpty();
        assertThat(texts(result.guide().content(), WayKind.STORE_VISIT, Language.EN))
                .containsExactly("Step 1", "Step 2", "Queue");
    }

    @Test
    void my_reordering_applies_on_top_of_their_edits() {
        GuideContent mine = steps(withSteps(4), WayKind.STORE_VISIT, list -> move(list, 1, 4));
        GuideContent theirs = storeStep(4, 2, Language.EN, "Step two");

        Result result = merge(withSteps(4), mine, theirs);

        assertThat(result.conflicts()).isEmpty();
        assertThat(texts(result.guide().content(), WayKind.STORE_VISIT, Language.EN))
                .containsExactly("Step two", "Step 3", "Step 4", "Step 1");
    }

    @Test
    void reordered_differently_by_both_keeps_their_order_and_lists_my_moves() {
        GuideContent mine = steps(withSteps(4), WayKind.STORE_VISIT, list -> move(list, 1, 4));
        GuideContent theirs = steps(withSteps(4), WayKind.STORE_VISIT, list -> move(list, 4, 1));

        Result result = merge(withSteps(4), mine, theirs);

        assertThat(result.guide().content()).isEqualTo(theirs);
        assertThat(result.conflicts()).isNotEmpty().allSatisfy(conflict -> {
            assertThat(conflict.reason()).isEqualTo(Reason.ORDER);
            assertThat(conflict.change().kind()).isEqualTo(Kind.MOVED);
        });
    }

    @Test
    void a_step_i_removed_and_they_left_alone_is_removed() {
        GuideContent mine = steps(withSteps(3), WayKind.STORE_VISIT, list -> list.remove(0));
        GuideContent theirs = storeStep(3, 3, Language.EN, "Step three");

        Result result = merge(withSteps(3), mine, theirs);

        assertThat(result.conflicts()).isEmpty();
        assertThat(texts(result.guide().content(), WayKind.STORE_VISIT, Language.EN))
                .containsExactly("Step 2", "Step three");
    }

    @Test
    void a_step_i_removed_and_they_changed_stays_with_their_change() {
        GuideContent mine = steps(withSteps(3), WayKind.STORE_VISIT, list -> list.remove(1));
        GuideContent theirs = storeStep(3, 2, Language.EN, "Step two");

        Result result = merge(withSteps(3), mine, theirs);

        assertThat(result.guide().content()).isEqualTo(theirs);
        assertThat(result.conflicts()).containsExactly(new Conflict(Reason.REMOVED_CHANGED,
                new Change(stepAt(WayKind.STORE_VISIT, 2), Kind.REMOVED, "第2步", "")));
    }

    @Test
    void a_step_i_changed_and_they_removed_stays_removed_and_my_text_is_listed() {
        GuideContent mine = storeStep(3, 2, Language.ZH_CN, "第二步");
        GuideContent theirs = steps(withSteps(3), WayKind.STORE_VISIT, list -> list.remove(1));

        Result result = merge(withSteps(3), mine, theirs);

        assertThat(result.guide().content()).isEqualTo(theirs);
        assertThat(result.conflicts()).containsExactly(new Conflict(Reason.CHANGED_REMOVED,
                new Change(stepAt(WayKind.STORE_VISIT, 2), Kind.ADDED, "", "第二步")));
    }

    @Test
    void my_step_limited_to_an_operator_they_dropped_falls_back_to_their_way_and_is_listed() {
        GuideContent base = serbia();
        GuideContent mine = steps(base, WayKind.STORE_VISIT, list -> list.add(new Step(text("A1 营业厅", "A1 store"),
                null, null, new Applicability(Set.of(), Set.of(A1), Set.of()), Evidence.ADVICE)));
        GuideContent theirs = edit(steps(base, WayKind.HOTLINE, list -> list.remove(1)),
                parts -> parts.operators = List.of(MTS, YETTEL));

        Result result = merge(base, mine, theirs);

        assertThat(result.guide().content()).isEqualTo(theirs);
        assertThat(result.conflicts()).containsExactly(new Conflict(Reason.BREAKS_RULE,
                new Change(stepAt(WayKind.STORE_VISIT, 3), Kind.ADDED, "", "A1 营业厅")));
    }

    @Test
    void the_parts_that_fit_are_kept_when_another_part_breaks_a_rule() {
        GuideContent base = serbia();
        GuideContent mine = edit(steps(base, WayKind.STORE_VISIT, list -> list.add(new Step(text("A1 营业厅", "A1 store"),
                null, null, new Applicability(Set.of(), Set.of(A1), Set.of()), Evidence.ADVICE))),
                parts -> parts.summary = text("新摘要", "New summary"));
        GuideContent theirs = edit(steps(base, WayKind.HOTLINE, list -> list.remove(1)),
                parts -> parts.operators = List.of(MTS, YETTEL));

        Result result = merge(base, mine, theirs);

        assertThat(result.guide().content()).isEqualTo(edit(theirs, parts -> parts.summary = text("新摘要", "New summary")));
        assertThat(result.conflicts()).extracting(Conflict::reason).containsExactly(Reason.BREAKS_RULE);
    }

    @Test
    void an_operator_i_added_with_a_step_for_it_fits_with_their_other_changes() {
        GuideContent base = edit(serbia(), parts -> parts.operators = List.of(MTS, A1));
        GuideContent mine = steps(edit(base, parts -> parts.operators = List.of(MTS, A1, YETTEL)), WayKind.HOTLINE,
                list -> list.add(new Step(text("拨打 Yettel", "Call Yettel"), null, null,
                        new Applicability(Set.of(), Set.of(YETTEL), Set.of()), Evidence.ADVICE)));
        GuideContent theirs = steps(base, WayKind.STORE_VISIT, list -> list.remove(0));

        Result result = merge(base, mine, theirs);

        assertThat(result.conflicts()).isEmpty();
        assertThat(result.guide().content().operators()).containsExactly(MTS, A1, YETTEL);
        assertThat(texts(result.guide().content(), WayKind.HOTLINE, Language.EN)).contains("Call Yettel");
        assertThat(texts(result.guide().content(), WayKind.STORE_VISIT, Language.EN)).hasSize(1);
    }

    @Test
    void an_operator_i_removed_while_they_added_a_step_for_it_stays_and_is_listed() {
        GuideContent base = serbia();
        GuideContent mine = edit(base, parts -> parts.operators = List.of(MTS, A1));
        GuideContent theirs = steps(base, WayKind.HOTLINE, list -> list.add(new Step(text("拨打 Yettel", "Call Yettel"),
                null, null, new Applicability(Set.of(), Set.of(YETTEL), Set.of()), Evidence.ADVICE)));

        Result result = merge(base, mine, theirs);

        assertThat(result.guide().content()).isEqualTo(theirs);
        assertThat(result.conflicts()).containsExactly(new Conflict(Reason.BREAKS_RULE, new Change(
                Location.of(Part.DETAILS).withField(Field.OPERATORS), Kind.REMOVED, "rs-yettel", "")));
    }

    @Test
    void ways_we_each_added_are_both_kept_and_one_kind_added_by_both_keeps_theirs() {
        Way online = Way.of(WayKind.ONLINE_ACCOUNT, step("登录账户", "Sign in to your account"));
        Way app = Way.of(WayKind.OPERATOR_APP, step("打开App", "Open the app"));
        Way theirOnline = Way.of(WayKind.ONLINE_ACCOUNT, step("登录网站", "Sign in on the website"));
        GuideContent mine = serbia().withWays(with(serbia().ways(), ways -> {
            ways.add(online);
            ways.add(app);
        }));
        GuideContent theirs = serbia().withWays(with(serbia().ways(), ways -> ways.add(theirOnline)));

        Result result = merge(serbia(), mine, theirs);

        assertThat(result.guide().content().ways()).extracting(Way::kind).containsExactly(WayKind.HOTLINE,
                WayKind.STORE_VISIT, WayKind.DEVICE_SETTINGS, WayKind.ONLINE_ACCOUNT, WayKind.OPERATOR_APP);
        assertThat(result.guide().content().ways().get(3)).isEqualTo(theirOnline);
        assertThat(result.conflicts()).extracting(Conflict::reason).containsOnly(Reason.BOTH_CHANGED);
        assertThat(result.conflicts()).extracting(conflict -> conflict.change().where().way())
                .containsOnly(WayKind.ONLINE_ACCOUNT);
    }

    @Test
    void card_types_and_step_limits_merge_value_by_value() {
        GuideContent base = edit(serbia(), parts -> { });
        GuideContent mine = steps(base, WayKind.HOTLINE, list -> list.set(2, new Step(list.get(2).text(), null, null,
                new Applicability(Set.of(CardType.ESIM), Set.of(), Set.of()), Evidence.ADVICE)));
        GuideContent theirs = steps(base, WayKind.HOTLINE, list -> list.set(2, new Step(list.get(2).text(), null, null,
                new Applicability(Set.of(), Set.of(MTS), Set.of()), Evidence.ADVICE)));

        Result result = merge(base, mine, theirs);

        assertThat(result.conflicts()).isEmpty();
        assertThat(result.guide().content().ways().getFirst().steps().get(2).appliesTo())
                .isEqualTo(new Applicability(Set.of(CardType.ESIM), Set.of(MTS), Set.of()));
    }

    @Test
    void sources_we_each_added_are_both_kept_and_one_key_added_twice_keeps_theirs() {
        Provenance base = serbia().provenance();
        Source ratel = new Source(new SourceKey("ratel"), URI.create("https://ratel.rs"), "RATEL", true, null);
        Source theirRatel = new Source(new SourceKey("ratel"), URI.create("https://www.ratel.rs"), "RATEL", true, null);
        Source press = new Source(new SourceKey("press"), URI.create("https://b92.net"), "B92", false, null);
        GuideContent mine = serbia().withProvenance(new Provenance(with(base.sources(), list -> {
            list.add(ratel);
            list.add(press);
        }), base.lastVerified(), base.reviewDue()));
        GuideContent theirs = serbia().withProvenance(new Provenance(with(base.sources(), list -> list.add(theirRatel)),
                base.lastVerified(), base.reviewDue()));

        Result result = merge(serbia(), mine, theirs);

        assertThat(result.guide().content().provenance().sources()).extracting(Source::key)
                .extracting(SourceKey::value).containsExactly("mts-contact", "a1-faq", "ratel", "press");
        assertThat(result.guide().content().provenance().source(new SourceKey("ratel"))).contains(theirRatel);
        assertThat(result.conflicts()).containsExactly(new Conflict(Reason.BOTH_CHANGED, new Change(
                new Location(Part.SOURCE, null, 3, Field.URL, null), Kind.CHANGED, "https://www.ratel.rs",
                "https://ratel.rs")));
    }

    @Test
    void a_step_our_edits_would_leave_without_text_keeps_theirs_and_lists_mine() {
        GuideContent mine = storeStep(2, 1, Language.EN, "");
        GuideContent theirs = storeStep(2, 1, Language.ZH_CN, "");

        Result result = merge(withSteps(2), mine, theirs);

        assertThat(result.guide().content()).isEqualTo(theirs);
        assertThat(result.conflicts()).containsExactly(new Conflict(Reason.BREAKS_RULE, new Change(
                stepAt(WayKind.STORE_VISIT, 1).withField(Field.TEXT).withLanguage(Language.EN), Kind.REMOVED,
                "Step 1", "")));
    }

    @Test
    void a_slug_only_i_changed_is_mine() {
        Guide base = GuideEdits.guide(id, serbia(), 3);
        Guide mine = base.edit(serbia()).withSlug(new Slug("serbia-sim"));
        Guide theirs = GuideEdits.guide(id, withSteps(2), 4);

        Result result = GuideMerge.merge(base, mine, theirs);

        assertThat(result.guide().slug()).isEqualTo(new Slug("serbia-sim"));
        assertThat(result.guide().content()).isEqualTo(withSteps(2));
    }

    @Test
    void the_three_versions_must_be_of_one_guide() {
        assertThatThrownBy(() -> GuideMerge.merge(GuideEdits.guide(id, serbia(), 1),
                GuideEdits.guide(GuideId.random(), serbia(), 1), GuideEdits.guide(id, serbia(), 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same guide");
    }
}
