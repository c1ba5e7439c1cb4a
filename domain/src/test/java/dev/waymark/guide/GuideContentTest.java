package dev.waymark.guide;

import static dev.waymark.guide.TestGuides.A1;
import static dev.waymark.guide.TestGuides.MTS;
import static dev.waymark.guide.TestGuides.YETTEL;
import static dev.waymark.guide.TestGuides.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuideContentTest {

    private final GuideContent serbia = TestGuides.serbia();

    private static List<String> englishSteps(GuideContent content) {
        return content.ways().stream().flatMap(way -> way.steps().stream())
                .map(step -> step.text().resolve(Language.EN, Language.EN)).toList();
    }

    @Test
    void an_unknown_situation_keeps_every_step() {
        assertThat(englishSteps(serbia.forSituation(Situation.ANY))).hasSize(7);
    }

    @Test
    void choosing_esim_keeps_only_the_steps_for_esim() {
        GuideContent esim = serbia.forSituation(Situation.ANY.withCardType(CardType.ESIM));

        assertThat(esim.ways()).extracting(Way::kind)
                .containsExactly(WayKind.HOTLINE, WayKind.STORE_VISIT, WayKind.DEVICE_SETTINGS);
        assertThat(englishSteps(esim)).doesNotContain("Hand back the SIM card")
                .contains("Settings → Cellular → Delete eSIM", "Settings → Network → SIMs → Delete");
        assertThat(esim.cautions()).hasSize(1);
        assertThat(esim.checks()).hasSize(1);
    }

    @Test
    void choosing_a_physical_sim_drops_the_esim_way_and_esim_cautions() {
        GuideContent sim = serbia.forSituation(Situation.ANY.withCardType(CardType.PHYSICAL_SIM));

        assertThat(sim.ways()).extracting(Way::kind).containsExactly(WayKind.HOTLINE, WayKind.STORE_VISIT);
        assertThat(sim.cautions()).isEmpty();
        assertThat(sim.checks()).isEmpty();
        assertThat(englishSteps(sim)).contains("Hand back the SIM card");
    }

    @Test
    void choosing_an_operator_keeps_that_operators_steps_and_the_general_ones() {
        GuideContent a1 = serbia.forSituation(new Situation(CardType.PHYSICAL_SIM, A1, WayKind.HOTLINE, null));

        assertThat(englishSteps(a1)).containsExactly("Call A1 on 060 1234", "Say that you want to cancel the number");
    }

    @Test
    void choosing_a_platform_keeps_that_platforms_settings_steps() {
        GuideContent android = serbia.forSituation(
                new Situation(CardType.ESIM, YETTEL, WayKind.DEVICE_SETTINGS, Platform.ANDROID));

        assertThat(englishSteps(android)).containsExactly("Settings → Network → SIMs → Delete");
    }

    @Test
    void a_way_left_without_steps_is_dropped() {
        GuideContent content = serbia.withWays(List.of(new Way(WayKind.HOTLINE, null, null, List.of(
                new Step(text("打给 mts", "Call mts"), null, null, new Applicability(Set.of(), Set.of(MTS), Set.of()),
                        null)), null, null, List.of(), null, null)));

        assertThat(content.forSituation(Situation.ANY.withOperator(A1)).ways()).isEmpty();
    }

    @Test
    void steps_may_only_be_limited_to_operators_the_guide_covers() {
        OperatorCode beeline = new OperatorCode("rs-beeline");
        Way way = Way.of(WayKind.HOTLINE, new Step(text("x", "x"), null, null,
                new Applicability(Set.of(), Set.of(beeline), Set.of()), null));

        assertThatThrownBy(() -> serbia.withWays(List.of(way)))
                .hasMessageContaining("operator rs-beeline, which the guide does not cover");
    }

    @Test
    void operators_must_be_in_the_guides_country() {
        assertThatThrownBy(() -> new GuideContent(Language.ZH_CN, new CountryCode("RS"), Topic.CANCEL_MOBILE_SERVICE,
                text("t", "t"), null, Set.of(CardType.ESIM), List.of(new OperatorCode("ru-mts")), null, null, null,
                null, null, null, null, null, null))
                .hasMessageContaining("not in the guide's country RS");
    }

    @Test
    void facts_may_only_cite_sources_the_guide_lists() {
        Way way = Way.of(WayKind.HOTLINE, new Step(text("x", "x"), null, null, null, Evidence.sourced("nowhere")));

        assertThatThrownBy(() -> serbia.withWays(List.of(way))).hasMessageContaining("source 'nowhere'");
    }

    @Test
    void a_guide_has_at_most_one_way_of_each_kind() {
        assertThatThrownBy(() -> serbia.withWays(List.of(Way.of(WayKind.HOTLINE), Way.of(WayKind.HOTLINE))))
                .hasMessageContaining("two ways of kind hotline");
    }

    @Test
    void the_title_is_required_in_the_source_language() {
        assertThatThrownBy(() -> serbia.withTitle(LocalizedText.of(Language.EN, "Only English")))
                .hasMessageContaining("source language (zh-CN)");
    }

    @Test
    void titles_have_a_maximum_length() {
        assertThatThrownBy(() -> serbia.withTitle(text("长".repeat(GuideContent.TITLE_MAX_LENGTH + 1), "t")))
                .hasMessageContaining("at most " + GuideContent.TITLE_MAX_LENGTH);
    }

    @Test
    void a_guide_covers_at_least_one_card_type() {
        assertThatThrownBy(() -> new GuideContent(Language.EN, new CountryCode("RS"), Topic.CANCEL_MOBILE_SERVICE,
                text("t", "t"), null, Set.of(), null, null, null, null, null, null, null, null, null, null))
                .hasMessageContaining("at least one card type");
    }

    @Test
    void review_due_cannot_precede_last_verified() {
        assertThatThrownBy(() -> new Provenance(List.of(), java.time.LocalDate.of(2026, 5, 1),
                java.time.LocalDate.of(2026, 4, 1)))
                .hasMessageContaining("must not be before");
    }

    @Test
    void content_without_a_step_cannot_be_published() {
        assertThat(serbia.publishProblems()).isEmpty();
        assertThat(serbia.withWays(List.of()).publishProblems())
                .containsExactly("a guide needs at least one way with a step before it can be published");
        assertThat(serbia.withWays(List.of(Way.of(WayKind.HOTLINE))).isPublishable()).isFalse();
    }

    @Test
    void imported_text_left_unsorted_blocks_publishing_and_is_never_shown_to_readers() {
        GuideContent imported = TestGuides.serbia().withUnsorted("  Some paragraph the importer could not place  ");

        assertThat(imported.unsorted()).isEqualTo("Some paragraph the importer could not place");
        assertThat(imported.publishProblems()).anyMatch(problem -> problem.contains("unsorted part"));
        assertThat(imported.forSituation(Situation.ANY).unsorted()).isEmpty();
        assertThat(imported.withUnsorted(null).isPublishable()).isTrue();
    }
}
