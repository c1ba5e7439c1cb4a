package dev.waymark.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waymark.guide.Fingerprint;
import dev.waymark.guide.Language;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.Step;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Texts in stored revisions, exports and backups carry the bases of their stale translations. */
class TranslationJsonTest {

    private static final Fingerprint OLD_SOURCE = Fingerprint.of("拨打 mts 客服 0800 100 100");

    private static LocalizedText read(String json) {
        return DomainJson.mapper().readValue(json, LocalizedText.class);
    }

    @Test
    void a_stale_translation_keeps_its_basis_through_json() {
        LocalizedText stale = new LocalizedText(Map.of(Language.ZH_CN, "拨打 mts 客服 0800 100 200",
                Language.EN, "Call mts on 0800 100 100"), Map.of(Language.EN, OLD_SOURCE));
        String json = DomainJson.mapper().writeValueAsString(stale);
        assertThat(json).contains("\"basis\":{\"EN\":\"" + OLD_SOURCE.value() + "\"}").contains("\"ZH_CN\":");
        LocalizedText read = read(json);
        assertThat(read).isEqualTo(stale);
        assertThat(read.isStale(Language.EN, Language.ZH_CN)).isTrue();
    }

    @Test
    void texts_stored_before_translations_were_linked_read_as_current() {
        LocalizedText old = read("{\"ZH_CN\":\"带护照去营业厅\",\"EN\":\"Take your passport to a store\"}");
        assertThat(old.basis()).isEmpty();
        assertThat(old.isStale(Language.EN, Language.ZH_CN)).isFalse();
        assertThat(DomainJson.mapper().writeValueAsString(old)).doesNotContain("basis");
    }

    @Test
    void empty_texts_are_still_left_out_and_a_bad_basis_fails_loudly() {
        Step step = Step.of(LocalizedText.of("第1步", "Step 1"));
        assertThat(DomainJson.mapper().writeValueAsString(step)).doesNotContain("expected").doesNotContain("warning");
        assertThatThrownBy(() -> read("{\"ZH_CN\":\"新\",\"EN\":\"New\",\"basis\":{\"EN\":\"not-hex\"}}"))
                .hasMessageContaining("fingerprint");
        assertThatThrownBy(() -> read("{\"ZH_CN\":\"新\",\"no language\":\"New\"}"))
                .hasMessageContaining("no language");
    }
}
