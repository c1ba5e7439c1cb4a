package dev.waymark.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waymark.guide.Evidence;
import org.junit.jupiter.api.Test;

/** Evidence in stored revisions: the current shape, and the shape stored before statements had a kind. */
class EvidenceJsonTest {

    private static Evidence read(String json) {
        return DomainJson.mapper().readValue(json, Evidence.class);
    }

    @Test
    void each_kind_is_written_with_its_name_and_read_back() {
        for (Evidence evidence : new Evidence[] {Evidence.sourced("mts-contact"), Evidence.unverified("a1-faq"),
                Evidence.UNVERIFIED, Evidence.ADVICE}) {
            String json = DomainJson.mapper().writeValueAsString(evidence);
            assertThat(json).contains("\"kind\":\"" + evidence.kind().name() + "\"").doesNotContain("unverified\":");
            assertThat(read(json)).isEqualTo(evidence);
        }
    }

    @Test
    void old_revisions_read_as_sourced_when_they_cite_and_as_unverified_when_they_do_not() {
        assertThat(read("{\"sources\":[\"mts-contact\"],\"unverified\":false}")).isEqualTo(Evidence.sourced("mts-contact"));
        assertThat(read("{\"sources\":[\"a1-faq\"],\"unverified\":true}")).isEqualTo(Evidence.unverified("a1-faq"));
        assertThat(read("{\"unverified\":true}")).isEqualTo(Evidence.UNVERIFIED);
        // "Verified" with no source is no longer a thing: such a statement is shown as unverified.
        assertThat(read("{\"unverified\":false}")).isEqualTo(Evidence.UNVERIFIED);
        assertThat(read("{}")).isEqualTo(Evidence.UNVERIFIED);
    }

    @Test
    void a_typo_or_a_contradiction_fails_loudly() {
        assertThatThrownBy(() -> read("{\"kind\":\"ADVICE\",\"unverfied\":true}")).hasMessageContaining("unverfied");
        assertThatThrownBy(() -> read("{\"kind\":\"SOURCED\",\"unverified\":false,\"sources\":[\"x\"]}"))
                .hasMessageContaining("both a kind and the old unverified mark");
        assertThatThrownBy(() -> read("{\"kind\":\"SOURCED\"}"))
                .hasMessageContaining("cannot be marked verified without a source");
    }
}
