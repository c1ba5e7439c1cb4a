package dev.waymark.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waymark.guide.Caution;
import dev.waymark.guide.Illustration;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.Phrase;
import dev.waymark.guide.Platform;
import dev.waymark.guide.Step;
import dev.waymark.picture.PictureHash;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Picture references in stored revisions: the shape the picture clean-up relies on, and revisions from before. */
class PictureJsonTest {

    private static final PictureHash HASH = PictureHash.of(new byte[] {42});

    @Test
    void a_reference_is_an_object_whose_picture_member_is_the_hash_and_reads_back_equal() {
        Illustration picture = new Illustration(HASH, 720, 1560, Platform.IOS, LocalizedText.of("删除eSIM", "Delete eSIM"),
                LocalizedText.of("设置页面", "The settings screen"));
        Step step = Step.of(LocalizedText.of("步骤", "Step")).withPictures(List.of(picture));
        String json = DomainJson.mapper().writeValueAsString(step);
        JsonNode reference = DomainJson.mapper().readTree(json).path("pictures").path(0);
        assertThat(reference.path("picture").asString()).isEqualTo(HASH.value()).matches("[0-9a-f]{64}");
        assertThat(reference.path("platform").asString()).isEqualTo("IOS");
        assertThat(reference.path("width").asInt()).isEqualTo(720);
        assertThat(DomainJson.mapper().readValue(json, Step.class)).isEqualTo(step);
    }

    @Test
    void parts_stored_before_pictures_existed_read_with_none_and_are_written_without_the_member() {
        Step step = DomainJson.mapper().readValue("{\"text\":{\"ZH_CN\":\"步骤\"},\"evidence\":{\"kind\":\"ADVICE\"}}",
                Step.class);
        assertThat(step.pictures()).isEmpty();
        assertThat(DomainJson.mapper().writeValueAsString(step)).doesNotContain("pictures");
        Phrase phrase = DomainJson.mapper().readValue(
                "{\"localLanguage\":\"sr-Latn\",\"text\":\"Hvala\",\"meaning\":{\"EN\":\"Thanks\"}}", Phrase.class);
        assertThat(phrase.pictures()).isEmpty();
        assertThat(DomainJson.mapper().readValue("{\"text\":{\"EN\":\"Careful\"}}", Caution.class).pictures()).isEmpty();
    }

    @Test
    void a_reference_with_a_malformed_hash_or_an_unknown_member_fails_loudly() {
        assertThatThrownBy(() -> DomainJson.mapper().readValue(
                "{\"picture\":\"not-a-hash\",\"width\":1,\"height\":1}", Illustration.class))
                .hasMessageContaining("hex");
        assertThatThrownBy(() -> DomainJson.mapper().readValue(
                "{\"picture\":\"" + HASH.value() + "\",\"width\":1,\"height\":1,\"file\":\"x.png\"}", Illustration.class))
                .hasMessageContaining("file");
    }
}
