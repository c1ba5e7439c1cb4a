package dev.waymark.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waymark.guide.GuideContent;
import dev.waymark.guide.Illustration;
import dev.waymark.guide.Language;
import dev.waymark.guide.Platform;
import dev.waymark.guide.RequiredDocument;
import dev.waymark.guide.Step;
import dev.waymark.guide.WayKind;
import dev.waymark.picture.PictureHash;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The seed guides show the team's own pictures where a reader must find something on a screen or a card. */
class SeedPicturesTest {

    private static List<Step> eSimSteps(GuideContent content, Platform platform) {
        return content.ways().stream().filter(way -> way.kind() == WayKind.DEVICE_SETTINGS)
                .flatMap(way -> way.steps().stream())
                .filter(step -> step.appliesTo().platforms().equals(Set.of(platform))).toList();
    }

    @Test
    void every_seed_guide_shows_the_iphone_and_android_esim_screens_and_where_the_iccid_is() {
        for (SeedGuide seed : SeedData.guides()) {
            GuideContent content = seed.content();
            assertThat(eSimSteps(content, Platform.IOS)).as(seed.slug() + " iPhone step").singleElement()
                    .satisfies(step -> assertThat(step.pictures()).hasSize(4)
                            .allSatisfy(picture -> assertThat(picture.platform()).isEqualTo(Platform.IOS)));
            assertThat(eSimSteps(content, Platform.ANDROID)).as(seed.slug() + " Android step").singleElement()
                    .satisfies(step -> assertThat(step.pictures()).hasSize(5)
                            .allSatisfy(picture -> assertThat(picture.platform()).isEqualTo(Platform.ANDROID)));
            List<RequiredDocument> iccid = content.documents().stream()
                    .filter(document -> document.name().in(Language.EN).orElse("").startsWith("The SIM card")).toList();
            assertThat(iccid).as(seed.slug() + " SIM card document").singleElement()
                    .satisfies(document -> assertThat(document.pictures()).singleElement()
                            .satisfies(picture -> assertThat(picture.platform()).isNull()));
        }
    }

    @Test
    void every_seed_picture_has_its_caption_and_alt_text_in_each_language_of_its_guide_and_the_file_it_names() {
        for (SeedGuide seed : SeedData.guides()) {
            List<Illustration> pictures = seed.content().pictures();
            assertThat(pictures).as(seed.slug().value()).hasSizeGreaterThanOrEqualTo(10);
            for (Illustration picture : pictures) {
                for (Language language : seed.content().languages()) {
                    assertThat(picture.alt().in(language)).as(seed.slug() + " alt " + language).isPresent();
                    assertThat(picture.caption().in(language)).as(seed.slug() + " caption " + language).isPresent();
                }
                assertThat(picture.width()).isPositive();
            }
            assertThat(seed.content().publishProblems()).isEmpty();
        }
        // Unstored, a seed picture is named by its own file: the iPhone's first screen is the same in every guide.
        PictureHash first = PictureHash.of(SeedPictures.bytes("iphone-esim-1.png"));
        assertThat(SeedData.guides()).allSatisfy(seed -> assertThat(eSimSteps(seed.content(), Platform.IOS).getFirst()
                .pictures().getFirst().picture()).isEqualTo(first));
    }
}
