package dev.waymark.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The three kinds of statement: a sourced fact, an unverified fact, general advice. */
class EvidenceTest {

    private static final List<SourceKey> MTS = List.of(new SourceKey("mts-contact"));

    @Test
    void a_sourced_fact_cites_at_least_one_source() {
        Evidence sourced = Evidence.sourced("mts-contact", "mts-prepaid");

        assertThat(sourced.kind()).isEqualTo(Evidence.Kind.SOURCED);
        assertThat(sourced.sources()).extracting(SourceKey::value).containsExactly("mts-contact", "mts-prepaid");
        assertThat(sourced.unverified()).isFalse();
        assertThat(sourced.advice()).isFalse();
    }

    @Test
    void verified_without_a_source_is_refused_in_every_way_it_can_be_asked_for() {
        String message = "a fact cannot be marked verified without a source";
        assertThatThrownBy(() -> new Evidence(Evidence.Kind.SOURCED, List.of())).hasMessageContaining(message);
        assertThatThrownBy(Evidence::sourced).hasMessageContaining(message);
        assertThatThrownBy(() -> new Evidence(List.of(), false)).hasMessageContaining(message);
        assertThatThrownBy(() -> Evidence.of(List.of(), false, false)).hasMessageContaining(message);
    }

    @Test
    void an_unverified_fact_may_cite_a_source_that_only_suggests_it() {
        assertThat(Evidence.UNVERIFIED.sources()).isEmpty();
        Evidence suggested = Evidence.unverified("mts-contact");

        assertThat(suggested.unverified()).isTrue();
        assertThat(suggested.sources()).isEqualTo(MTS);
        assertThat(new Evidence(MTS, true)).isEqualTo(suggested);
    }

    @Test
    void general_advice_cites_nothing() {
        assertThat(Evidence.ADVICE.advice()).isTrue();
        assertThat(Evidence.ADVICE.unverified()).isFalse();
        assertThatThrownBy(() -> new Evidence(Evidence.Kind.ADVICE, MTS))
                .hasMessageContaining("general advice cites no source");
    }

    @Test
    void an_editors_marks_make_one_kind_and_unverified_wins_over_advice() {
        assertThat(Evidence.of(MTS, false, false).kind()).isEqualTo(Evidence.Kind.SOURCED);
        assertThat(Evidence.of(MTS, true, false).kind()).isEqualTo(Evidence.Kind.UNVERIFIED);
        assertThat(Evidence.of(List.of(), false, true)).isEqualTo(Evidence.ADVICE);
        // Two editors' merged marks: telling readers "unverified" is the safe outcome.
        assertThat(Evidence.of(List.of(), true, true)).isEqualTo(Evidence.UNVERIFIED);
    }

    @Test
    void a_source_is_cited_once() {
        assertThatThrownBy(() -> Evidence.sourced("mts-contact", "mts-contact"))
                .hasMessageContaining("cites the same source twice");
    }

    @Test
    void a_part_that_says_nothing_about_its_evidence_is_unverified_not_verified() {
        Step step = new Step(LocalizedText.of(Language.EN, "Call 0800 100 100"), null, null, null, null);
        Fact cost = new Fact(LocalizedText.of(Language.EN, "Free"), null);

        assertThat(step.evidence()).isEqualTo(Evidence.UNVERIFIED);
        assertThat(cost.evidence()).isEqualTo(Evidence.UNVERIFIED);
    }

    @Test
    void a_guide_refuses_a_fact_citing_a_source_it_does_not_list() {
        Way way = Way.of(WayKind.HOTLINE, new Step(LocalizedText.of(Language.EN, "Call"), null, null, null,
                Evidence.sourced("nowhere")));

        assertThatThrownBy(() -> TestGuides.serbia().withWays(List.of(way)))
                .hasMessageContaining("a fact cites source 'nowhere', which the guide does not list");
    }
}
