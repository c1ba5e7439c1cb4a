package dev.waymark.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waymark.guide.GuideDiff.Change;
import dev.waymark.guide.GuideDiff.Field;
import dev.waymark.guide.GuideDiff.Kind;
import dev.waymark.guide.GuideDiff.Part;
import dev.waymark.picture.PictureHash;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class IllustrationTest {

    static final PictureHash FIRST = PictureHash.of(new byte[] {1});
    static final PictureHash SECOND = PictureHash.of(new byte[] {2});
    static final PictureHash THIRD = PictureHash.of(new byte[] {3});

    static Illustration picture(PictureHash hash, Platform platform, String zhAlt, String enAlt) {
        return new Illustration(hash, 720, 1560, platform, LocalizedText.of("删除eSIM", "Delete eSIM"),
                LocalizedText.of(zhAlt, enAlt));
    }

    /** The Serbian guide with {@code pictures} on its first eSIM-settings step (the iPhone one). */
    static GuideContent withIphonePictures(List<Illustration> pictures) {
        GuideContent serbia = TestGuides.serbia();
        return serbia.withWays(serbia.ways().stream().map(way -> way.kind() != WayKind.DEVICE_SETTINGS ? way
                : way.withSteps(replaceFirst(way.steps(), step -> step.withPictures(pictures)))).toList());
    }

    private static <T> List<T> replaceFirst(List<T> items, UnaryOperator<T> change) {
        List<T> copy = new ArrayList<>(items);
        copy.set(0, change.apply(copy.getFirst()));
        return copy;
    }

    private static Step iphoneStep(GuideContent content) {
        return content.ways().stream().filter(way -> way.kind() == WayKind.DEVICE_SETTINGS).findFirst().orElseThrow()
                .steps().getFirst();
    }

    @Test
    void a_picture_needs_a_sensible_size_and_a_part_holds_a_short_sequence() {
        assertThatThrownBy(() -> new Illustration(FIRST, 0, 10, null, null, null))
                .hasMessageContaining("size must be between 1 and");
        List<Illustration> nine = java.util.Collections.nCopies(Illustration.MAX_PER_PART + 1,
                picture(FIRST, null, "图", "picture"));
        assertThatThrownBy(() -> Step.of(LocalizedText.of("步骤", "Step")).withPictures(nine))
                .hasMessage("a part has at most 8 pictures");
        assertThat(new Illustration(FIRST, 10, 10, null, null, null).alt().isEmpty()).isTrue();
    }

    @Test
    void publishing_is_refused_while_a_picture_lacks_alt_text_in_a_language_of_the_guide() {
        GuideContent missingEnglish = withIphonePictures(List.of(picture(FIRST, null, "设置页面", "")));
        assertThat(missingEnglish.publishProblems()).containsExactly(
                "picture 1 of step 1 of way device-settings needs its alt text in en before the guide can be published");

        GuideContent complete = withIphonePictures(List.of(picture(FIRST, null, "设置页面", "The settings screen")));
        assertThat(complete.publishProblems()).isEmpty();

        GuideContent document = complete.withUnsorted("");
        var documents = List.of(document.documents().getFirst()
                .withPictures(List.of(picture(SECOND, null, "", ""))));
        GuideContent documentWithout = new GuideContent(document.sourceLanguage(), document.country(), document.topic(),
                document.title(), document.summary(), document.cardTypes(), document.operators(),
                document.requirements(), documents, document.ways(), document.checks(), document.cautions(),
                document.faq(), document.phrases(), document.provenance(), "");
        assertThat(documentWithout.publishProblems()).containsExactly(
                "picture 1 of document 1 needs its alt text in zh-CN, en before the guide can be published");
        assertThat(documentWithout.pictures()).extracting(Illustration::picture).containsExactly(SECOND, FIRST);
    }

    @Test
    void a_guide_written_in_one_language_needs_alt_text_only_in_that_one() {
        GuideContent chineseOnly = withIphonePictures(List.of(picture(FIRST, null, "设置页面", "")))
                .withTitle(LocalizedText.of(Language.ZH_CN, "塞尔维亚SIM卡注销"));
        assertThat(chineseOnly.publishProblems()).isEmpty();
    }

    @Test
    void a_situation_on_one_platform_sees_that_platforms_pictures_and_those_for_every_platform() {
        GuideContent content = withIphonePictures(List.of(picture(FIRST, Platform.IOS, "苹果", "iPhone"),
                picture(SECOND, Platform.ANDROID, "安卓", "Android"), picture(THIRD, null, "都", "Both")));
        Situation android = new Situation(CardType.ESIM, null, null, Platform.ANDROID);
        Situation iphone = new Situation(CardType.ESIM, null, null, Platform.IOS);
        Situation unknown = new Situation(CardType.ESIM, null, null, null);
        assertThat(iphoneStep(content.forSituation(iphone)).pictures()).extracting(Illustration::picture)
                .containsExactly(FIRST, THIRD);
        assertThat(iphoneStep(content.forSituation(unknown)).pictures()).extracting(Illustration::picture)
                .containsExactly(FIRST, SECOND, THIRD);
        // The step itself is limited to iPhones: an Android reader does not see it, pictures and all.
        assertThat(content.forSituation(android).ways().stream().flatMap(way -> way.steps().stream())
                .flatMap(step -> step.pictures().stream())).isEmpty();
    }

    @Test
    void compare_names_added_removed_and_replaced_pictures_by_hash_and_caption() {
        Illustration first = picture(FIRST, Platform.IOS, "一", "one");
        Illustration second = picture(SECOND, null, "二", "two");
        Illustration third = picture(THIRD, null, "三", "three");
        GuideContent before = withIphonePictures(List.of(first, second));

        List<Change> replaced = GuideDiff.compare(before, withIphonePictures(List.of(first, third)));
        assertThat(replaced).singleElement().satisfies(change -> {
            assertThat(change.where().part()).isEqualTo(Part.STEP);
            assertThat(change.where().field()).isEqualTo(Field.PICTURES);
            assertThat(change.kind()).isEqualTo(Kind.CHANGED);
            assertThat(change.before()).isEqualTo("picture " + SECOND.value().substring(0, 8)
                    + " \"en: Delete eSIM; zh-CN: 删除eSIM\"");
            assertThat(change.after()).startsWith("picture " + THIRD.value().substring(0, 8));
        });

        List<Change> addedAndRemoved = GuideDiff.compare(before, withIphonePictures(List.of(second, third)));
        assertThat(addedAndRemoved).extracting(Change::kind).containsExactlyInAnyOrder(Kind.REMOVED, Kind.ADDED);
        assertThat(addedAndRemoved).filteredOn(change -> change.kind() == Kind.REMOVED).singleElement()
                .satisfies(change -> assertThat(change.before()).contains(FIRST.value().substring(0, 8)).endsWith("(ios)"));

        List<Change> recaptioned = GuideDiff.compare(before, withIphonePictures(List.of(first,
                second.withAlt(LocalizedText.of("二", "the second screen")))));
        assertThat(recaptioned).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(Kind.CHANGED);
            assertThat(change.before()).contains(SECOND.value().substring(0, 8)).contains("two");
            assertThat(change.after()).contains(SECOND.value().substring(0, 8)).contains("the second screen");
        });
        assertThat(GuideDiff.compare(before, before)).isEmpty();
    }

    @Test
    void a_merge_keeps_pictures_one_editor_added_while_the_other_changed_the_text() {
        GuideContent base = withIphonePictures(List.of());
        GuideContent mine = withIphonePictures(List.of(picture(FIRST, null, "一", "one")));
        GuideContent theirs = base.withTitle(LocalizedText.of("新标题", "New title"));
        Slug slug = new Slug("serbia");
        GuideId id = GuideId.random();
        var merged = GuideMerge.merge(new Guide(id, slug, base, GuideStatus.DRAFT, 1, null, 1),
                new Guide(id, slug, mine, GuideStatus.DRAFT, 0, null, 1),
                new Guide(id, slug, theirs, GuideStatus.DRAFT, 2, null, 2));
        assertThat(merged.conflicts()).isEmpty();
        assertThat(iphoneStep(merged.guide().content()).pictures()).extracting(Illustration::picture).containsExactly(FIRST);
        assertThat(merged.guide().content().title().in(Language.EN)).contains("New title");
    }
}
