package dev.waymark.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waymark.guide.CardType;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.Language;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.Platform;
import dev.waymark.guide.Source;
import dev.waymark.guide.Step;
import dev.waymark.guide.Way;
import dev.waymark.guide.WayKind;
import dev.waymark.operator.Operator;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules for real articles, one small article each: metadata, title, devices, store-only, FAQ, tables. */
class MarkdownImporterRulesTest {

    private static final ImportOptions SERBIA = new ImportOptions(new CountryCode("RS"),
            Set.of(CardType.PHYSICAL_SIM, CardType.ESIM), Language.EN);

    private static ImportResult read(String article) {
        return MarkdownImporter.importArticle(article, SERBIA, List.of(Corpus.operator("rs-mts", "mts")));
    }

    private static String en(LocalizedText text) {
        return text.in(Language.EN).orElse("");
    }

    private static Way way(GuideContent content, WayKind kind) {
        return content.ways().stream().filter(way -> way.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no way " + kind + " in " + content.ways()));
    }

    @Test
    void a_source_line_is_stored_as_a_source_and_never_taken_as_the_title() {
        ImportResult result = read("""
                source: https://mts.rs/podrska/raskid
                language: en

                # Ending your mts contract

                ## In a store

                1. Bring your passport.
                """);
        GuideContent content = result.content();

        assertThat(en(content.title())).isEqualTo("Ending your mts contract");
        assertThat(content.provenance().sources()).singleElement().satisfies(source -> {
            assertThat(source.url()).isEqualTo(URI.create("https://mts.rs/podrska/raskid"));
            assertThat(source.key().value()).isEqualTo("mts-rs");
            assertThat(source.title()).isEqualTo("Ending your mts contract");
            assertThat(source.official()).isFalse();
        });
        assertThat(content.summary().isEmpty()).isTrue();
        assertThat(content.unsorted()).isEmpty();
        assertThat(result.metadata()).extracting(MetadataLine::line, MetadataLine::use)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, MetadataLine.Use.SOURCE),
                        org.assertj.core.groups.Tuple.tuple(2, MetadataLine.Use.LANGUAGE));
        assertThat(result.articleLanguage()).isEqualTo("en");
    }

    @Test
    void yaml_front_matter_gives_sources_language_and_date_and_its_other_keys_are_reported() {
        ImportResult result = MarkdownImporter.importArticle("""
                ---
                title: "注销说明"
                sources:
                  - https://a.example.cn/help
                  - https://b.example.cn/faq
                language: zh-CN
                date: 2026-11-02
                author: 小王
                ---

                ## 营业厅办理

                1. 携带身份证到营业厅。
                """, new ImportOptions(new CountryCode("CN"), Set.of(CardType.PHYSICAL_SIM), Language.EN), List.of());
        GuideContent content = result.content();

        assertThat(content.sourceLanguage()).as("the declared language wins over the form's").isEqualTo(Language.ZH_CN);
        assertThat(content.title().in(Language.ZH_CN)).contains("注销说明");
        assertThat(content.provenance().sources()).extracting(Source::url, Source::readOn).containsExactly(
                org.assertj.core.groups.Tuple.tuple(URI.create("https://a.example.cn/help"), LocalDate.of(2026, 11, 2)),
                org.assertj.core.groups.Tuple.tuple(URI.create("https://b.example.cn/faq"), LocalDate.of(2026, 11, 2)));
        assertThat(result.metadata()).anySatisfy(line -> {
            assertThat(line.key()).isEqualTo("author");
            assertThat(line.value()).isEqualTo("小王");
            assertThat(line.use()).isEqualTo(MetadataLine.Use.RECORDED);
        });
        assertThat(content.unsorted()).doesNotContain("author", "---");
        assertThat(result.hints()).extracting(ImportHint::kind).contains(ImportHint.Kind.NO_OPERATORS);
    }

    @Test
    void a_language_waymark_does_not_write_is_kept_as_declared_and_hinted() {
        ImportResult result = read("""
                Izvor: https://example.rs/raskid
                Jezik: sr-Latn

                # Raskid ugovora

                ## Raskid u poslovnici

                1. Dođite u poslovnicu sa ličnom kartom.
                """);

        assertThat(result.articleLanguage()).isEqualTo("sr-Latn");
        assertThat(result.content().sourceLanguage()).isEqualTo(Language.EN);
        assertThat(result.hints()).contains(new ImportHint(ImportHint.Kind.LANGUAGE, "sr-Latn", "en"));
        assertThat(way(result.content(), WayKind.STORE_VISIT).steps()).hasSize(1);
        assertThat(result.content().provenance().sources()).hasSize(1);
    }

    @Test
    void detection_for_the_import_form_skips_metadata_lines_and_takes_the_declared_language() {
        Detection detected = Detection.of("""
                source: https://example.rs/esim
                language: zh-CN

                # Cancel an eSIM in Serbia

                Call the hotline.
                """);

        assertThat(detected).isEqualTo(new Detection(new CountryCode("RS"), Set.of(CardType.ESIM), Language.ZH_CN));
    }

    @Test
    void a_thematic_break_above_the_text_is_not_front_matter() {
        ImportResult result = read("""
                ---

                # Cancel your SIM

                Read this first.

                ---

                ## By phone

                Call 0800 100 100.
                """);

        assertThat(result.metadata()).isEmpty();
        assertThat(en(result.content().title())).isEqualTo("Cancel your SIM");
        assertThat(way(result.content(), WayKind.HOTLINE).steps()).hasSize(1);
    }

    @Test
    void an_opening_sentence_with_a_colon_is_text_not_metadata() {
        ImportResult result = read("""
                Note: this page is old.

                ## Online

                1. Log in.
                """);

        assertThat(result.metadata()).isEmpty();
        assertThat(result.content().provenance().sources()).isEmpty();
        assertThat(en(result.content().title())).isEqualTo("Note: this page is old.");
    }

    @Test
    void the_h1_is_the_title_even_below_a_breadcrumb_and_nothing_above_it_is_lost() {
        ImportResult result = read("""
                Home > Help > Contract

                # Cancel your contract

                Read this first.

                ## By phone

                Call 0800 100 100.
                """);

        assertThat(en(result.content().title())).isEqualTo("Cancel your contract");
        assertThat(en(result.content().summary())).isEqualTo("Home > Help > Contract\n\nRead this first.");
        assertThat(result.notes()).contains(new ImportNote(ImportNote.Kind.HEADING, 3, "Cancel your contract", "title"));
    }

    @Test
    void numbered_steps_under_device_headings_are_device_steps_limited_to_the_platform_not_checks() {
        GuideContent content = read("""
                # Cancel an eSIM

                ## After you cancel

                - Check the final bill.

                ### iPhone

                1. Open Settings.
                2. Tap Delete eSIM.

                ### Samsung Galaxy

                1. Open SIM manager.
                2. Tap Remove.

                ### Pixel

                1. Tap Erase SIM.
                """).content();

        assertThat(content.checks()).extracting(check -> en(check.text())).containsExactly("Check the final bill.");
        List<Step> steps = way(content, WayKind.DEVICE_SETTINGS).steps();
        assertThat(steps).extracting(step -> en(step.text())).containsExactly("**iPhone**\n\nOpen Settings.",
                "Tap Delete eSIM.", "**Samsung Galaxy**\n\nOpen SIM manager.", "Tap Remove.", "**Pixel**\n\nTap Erase SIM.");
        assertThat(steps).extracting(step -> step.appliesTo().platforms()).containsExactly(Set.of(Platform.IOS),
                Set.of(Platform.IOS), Set.of(Platform.ANDROID), Set.of(Platform.ANDROID), Set.of(Platform.ANDROID));
        assertThat(way(content, WayKind.DEVICE_SETTINGS).title().isEmpty()).as("a device is not the way's title").isTrue();
    }

    @Test
    void an_in_person_only_procedure_is_a_store_way_even_when_its_steps_mention_calling() {
        ImportResult result = read("""
                # Ending a contract

                You can only cancel in person at a store; the hotline cannot do it.

                ## How to cancel

                1. Call the hotline to check your balance.
                2. Go with your passport and sign the form.
                """);
        GuideContent content = result.content();

        assertThat(content.ways()).extracting(Way::kind).containsExactly(WayKind.STORE_VISIT);
        assertThat(way(content, WayKind.STORE_VISIT).steps()).extracting(step -> en(step.text())).containsExactly(
                "You can only cancel in person at a store; the hotline cannot do it.",
                "Call the hotline to check your balance.", "Go with your passport and sign the form.");
        assertThat(result.hints()).contains(new ImportHint(ImportHint.Kind.STORE_ONLY,
                "You can only cancel in person at a store; the hotline cannot do it.", "store-visit"));
    }

    @Test
    void store_only_statements_are_read_in_russian_serbian_and_chinese() {
        assertThat(Headings.storeOnly("Расторгнуть договор можно только лично в салоне связи.")).isTrue();
        assertThat(Headings.storeOnly("Raskid je moguć samo lično u poslovnici.")).isTrue();
        assertThat(Headings.storeOnly("Отказивање је могуће само у пословници.")).isTrue();
        assertThat(Headings.storeOnly("销户只能由机主本人到营业厅办理。")).isTrue();
        assertThat(Headings.storeOnly("You can cancel online, by phone or in a store.")).isFalse();
        assertThat(Headings.storeOnly("Samo pozovite 0800 i gotovo.")).isFalse();
    }

    @Test
    void only_question_shaped_headings_and_bold_questions_are_faq_not_related_or_facts() {
        ImportResult result = read("""
                # Cancel a SIM

                ## Online

                1. Log in.

                ## Frequently asked questions

                ### Can I keep my number?

                Yes, if you port it first.

                ### Related

                - Porting your number

                **Is there a fee?**

                Not after the minimum term.

                Some closing words.

                ## Checkable facts

                - Hotline: 0800 100 100.

                ## Do I get my credit back?

                Usually not.
                """);
        GuideContent content = result.content();

        assertThat(content.faq()).extracting(faq -> en(faq.question()))
                .containsExactlyInAnyOrder("Can I keep my number?", "Is there a fee?", "Do I get my credit back?");
        assertThat(content.unsorted()).contains("### Related", "- Porting your number", "## Checkable facts",
                "- Hotline: 0800 100 100.");
        assertThat(result.unsortedNotes()).extracting(ImportNote::detail).contains("background");
    }

    @Test
    void a_table_is_kept_whole_in_unsorted_and_noted_with_its_line() {
        ImportResult result = read("""
                # Fees

                ## By phone

                Call 0800 100 100.

                | Plan | Fee |
                | --- | --- |
                | Monthly | none |
                """);

        assertThat(result.content().unsorted()).contains("| Plan | Fee |\n| --- | --- |\n| Monthly | none |");
        assertThat(result.unsortedNotes()).singleElement().satisfies(note -> {
            assertThat(note.line()).isEqualTo(7);
            assertThat(note.detail()).isEqualTo("table");
        });
        assertThat(way(result.content(), WayKind.HOTLINE).steps()).extracting(step -> en(step.text()))
                .containsExactly("Call 0800 100 100.");
    }

    @Test
    void russian_and_serbian_channel_headings_name_their_ways() {
        assertThat(Headings.classify("В салоне связи").way()).isEqualTo(WayKind.STORE_VISIT);
        assertThat(Headings.classify("Онлайн в личном кабинете").way()).isEqualTo(WayKind.ONLINE_ACCOUNT);
        assertThat(Headings.classify("По телефону").way()).isEqualTo(WayKind.HOTLINE);
        assertThat(Headings.classify("В приложении").way()).isEqualTo(WayKind.OPERATOR_APP);
        assertThat(Headings.classify("Raskid pismom").way()).isEqualTo(WayKind.EMAIL_OR_LETTER);
        assertThat(Headings.classify("Отказивање у пословници").way()).isEqualTo(WayKind.STORE_VISIT);
        assertThat(Headings.classify("Подешавања телефона").way()).isEqualTo(WayKind.DEVICE_SETTINGS);
        assertThat(Headings.classify("网上营业厅注销").way()).isEqualTo(WayKind.ONLINE_ACCOUNT);
        assertThat(Headings.classify("iPhone").kind()).isEqualTo(Headings.Kind.OTHER);
        assertThat(Headings.platforms("Samsung Galaxy")).containsExactly(Platform.ANDROID);
        assertThat(Headings.platforms("На iPhone")).containsExactly(Platform.IOS);
    }

    @Test
    void the_registry_operators_the_article_names_are_suggested_and_a_country_without_any_is_warned() {
        Operator mts = Corpus.operator("rs-mts", "mts");
        ImportResult named = MarkdownImporter.importArticle("# Cancel\n\n## Store\n\n1. Go to an mts shop.", SERBIA,
                List.of(mts));
        ImportResult none = MarkdownImporter.importArticle("# Cancel\n\n## Store\n\n1. Go to a shop.",
                new ImportOptions(new CountryCode("DE"), Set.of(CardType.ESIM), Language.EN), List.of());

        assertThat(named.hints()).contains(new ImportHint(ImportHint.Kind.OPERATOR, "mts", "rs-mts"))
                .noneMatch(hint -> hint.kind() == ImportHint.Kind.NO_OPERATORS);
        assertThat(none.hints()).contains(new ImportHint(ImportHint.Kind.NO_OPERATORS, "DE", "DE"));
    }
}
