package dev.waymark.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.waymark.guide.Applicability;
import dev.waymark.guide.CardType;
import dev.waymark.guide.ContactKind;
import dev.waymark.guide.ContactPoint;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.Evidence;
import dev.waymark.guide.Faq;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.Illustration;
import dev.waymark.guide.Language;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.Slug;
import dev.waymark.guide.Source;
import dev.waymark.guide.SourceKey;
import dev.waymark.guide.Step;
import dev.waymark.guide.Topic;
import dev.waymark.guide.Way;
import dev.waymark.guide.WayKind;
import dev.waymark.picture.PictureHash;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class DomainMessagesTest {

    /** Latin words left in a Chinese message, other than the values it names (codes, tags, addresses). */
    private static final Pattern ENGLISH_WORDS = Pattern.compile("\\b(?!https?\\b|Latn\\b|ISO\\b|e?SIM\\b|App\\b)[A-Za-z]{3,}\\b");

    private static String refusal(ThrowingCallable call) {
        return catchThrowableOfType(IllegalArgumentException.class, call).getMessage();
    }

    private static GuideContent content(List<Way> ways) {
        return new GuideContent(Language.ZH_CN, new CountryCode("RS"), Topic.CANCEL_MOBILE_SERVICE,
                LocalizedText.of("注销", "Cancel"), null, Set.of(CardType.ESIM), List.of(), List.of(), List.of(), ways,
                List.of(), List.of(), List.of(), List.of(), null, "");
    }

    private static List<String> domainRefusals() {
        LocalizedText text = LocalizedText.of("步骤", "Step");
        Illustration picture = new Illustration(PictureHash.of(new byte[] {1}), 720, 1280, null, null,
                LocalizedText.of(Language.EN, "The settings screen"));
        Guide published = new Guide(GuideId.random(), new Slug("serbia"), content(List.of(Way.of(WayKind.HOTLINE,
                Step.of(text)))), dev.waymark.guide.GuideStatus.PUBLISHED, 2, 2, 3);
        return List.of(
                refusal(published::publish),
                refusal(published::unarchive),
                refusal(() -> published.archive().edit(published.content())),
                refusal(() -> new Evidence(Evidence.Kind.SOURCED, List.of())),
                refusal(() -> new Evidence(Evidence.Kind.ADVICE, List.of(new SourceKey("a1-faq")))),
                refusal(() -> Step.of(LocalizedText.EMPTY)),
                refusal(() -> Step.of(LocalizedText.of(Language.ZH_CN, "x".repeat(Step.TEXT_MAX_LENGTH + 1)))),
                refusal(() -> new Faq(LocalizedText.EMPTY, text, Evidence.ADVICE)),
                refusal(() -> new ContactPoint(ContactKind.PHONE, "call us", null, null, Evidence.ADVICE)),
                refusal(() -> new ContactPoint(ContactKind.FAX, "fax us", null, null, Evidence.ADVICE)),
                refusal(() -> new ContactPoint(ContactKind.WEBSITE, "mts.rs", null, null, Evidence.ADVICE)),
                refusal(() -> new Source(new SourceKey("mts"), URI.create("ftp://mts.rs"), "mts", true, null)),
                refusal(() -> new Slug("Not A Slug")),
                refusal(() -> content(List.of(Way.of(WayKind.HOTLINE, new Step(text, null, null, null,
                        Evidence.sourced("nowhere")))))),
                refusal(() -> content(List.of(Way.of(WayKind.HOTLINE, new Step(text, null, null,
                        Applicability.cardTypes(CardType.PREPAID_DATA), Evidence.ADVICE))))),
                refusal(() -> content(List.of(Way.of(WayKind.HOTLINE), Way.of(WayKind.HOTLINE)))),
                String.join("; ", content(List.of()).withUnsorted("left over").publishProblems()),
                refusal(() -> Step.of(text).withPictures(java.util.Collections.nCopies(9, picture))),
                refusal(() -> new Illustration(picture.picture(), 0, 1, null, null, null)),
                String.join("; ", content(List.of(Way.of(WayKind.DEVICE_SETTINGS, Step.of(text)
                        .withPictures(List.of(picture))).withPictures(List.of(picture)))).publishProblems()));
    }

    @Test
    void every_refusal_of_the_guide_domain_is_known_and_english_comes_back_as_the_domain_wrote_it() {
        for (String message : domainRefusals()) {
            assertThat(DomainMessages.knows(message)).as(message).isTrue();
            assertThat(DomainMessages.translate(Language.EN, message)).isEqualTo(message);
        }
    }

    @Test
    void every_refusal_of_the_guide_domain_reads_in_chinese() {
        for (String message : domainRefusals()) {
            String chinese = DomainMessages.translate(Language.ZH_CN, message);
            assertThat(chinese).as(message).isNotEqualTo(message);
            // What the domain quotes (the editor's own input) stays as it was typed.
            assertThat(ENGLISH_WORDS.matcher(chinese.replaceAll("“[^”]*”", "")).find()).as(chinese).isFalse();
        }
    }

    @Test
    void the_publish_refusal_the_issue_found_untranslated_is_chinese_with_the_status_in_chinese() {
        String message = "only a draft or a guide in review can be published (this guide is PUBLISHED)";

        assertThat(DomainMessages.translate(Language.ZH_CN, message)).isEqualTo("只有草稿或审核中的指南才能发布（这份指南已发布）");
    }

    @Test
    void values_the_domain_quotes_are_kept_and_unknown_messages_are_shown_as_they_are() {
        assertThat(DomainMessages.translate(Language.ZH_CN, "a fact cites source 'mts-contact', which the guide does not list"))
                .isEqualTo("有事实引用了来源“mts-contact”，但指南的来源列表里没有它");
        assertThat(DomainMessages.translate(Language.ZH_CN, "something new went wrong")).isEqualTo("something new went wrong");
    }
}
