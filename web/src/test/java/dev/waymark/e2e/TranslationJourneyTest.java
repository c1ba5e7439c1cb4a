package dev.waymark.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.waymark.e2e.Chromium.click;
import static dev.waymark.e2e.Chromium.fill;
import static dev.waymark.e2e.Chromium.save;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.waymark.account.Role;
import dev.waymark.account.User;
import dev.waymark.account.Users;
import dev.waymark.base.WaymarkTest;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.Guides;
import dev.waymark.guide.Language;
import dev.waymark.guide.Slug;
import dev.waymark.guide.Step;
import dev.waymark.guide.TestGuides;
import dev.waymark.guide.Translations;
import dev.waymark.guide.WayKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Linked translations as people meet them, in real Chromium: an editor changes the Chinese source of a step, its
 * English and Russian translations become stale and the inbox lists them, a translator fixes the English, a publisher
 * publishes after accepting the stale Russian, and a reader on a phone sees the stale note with the original one tap
 * away in Russian, and no note in English.
 */
@WaymarkTest
class TranslationJourneyTest {

    private static final String PASSWORD = "translation journey password";
    private static final String NEW_SOURCE = "拨打 mts 客服 0800 100 200";
    private static final String OLD_RUSSIAN = "Позвоните в mts по номеру 0800 100 100";

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Guides guides;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String ana = "ana-" + suffix;
    private final String ben = "ben-" + suffix;
    private final String root = "root-" + suffix;
    private final Slug slug = new Slug("linked-" + suffix);
    private final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeEach
    void editorsAndAPublishedGuide() {
        String hash = encoder.encode(PASSWORD);
        users.add(new User(ana, "Ana", Set.of(Role.EDITOR), hash, true));
        users.add(new User(ben, "Ben", Set.of(Role.EDITOR), hash, true));
        users.add(new User(root, "Root", Set.of(Role.ADMIN, Role.EDITOR), hash, true));
        GuideContent serbia = TestGuides.serbia();
        // The hotline's first step is also in Russian; the rest of the guide is not translated into it yet.
        GuideContent content = serbia.withWays(serbia.ways().stream().map(way -> way.kind() != WayKind.HOTLINE ? way
                : way.withSteps(way.steps().stream().map(step -> step != way.steps().getFirst() ? step
                        : new Step(step.text().with(Language.RU, OLD_RUSSIAN), step.expected(), step.warning(),
                                step.appliesTo(), step.evidence())).toList())).toList());
        Guide saved = guides.save(Guide.draft(GuideId.random(), slug, content), "someone", "first");
        guides.save(saved.publish(), "someone-else", "");
    }

    @AfterEach
    void closeBrowsers() {
        contexts.forEach(BrowserContext::close);
    }

    private Page open(BrowserContext context) {
        contexts.add(context);
        Page page = context.newPage();
        page.setDefaultTimeout(20_000);
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Page signedIn(String username) {
        Page page = open(Chromium.desktop("en-US"));
        Chromium.signIn(page, url(""), username, PASSWORD);
        return page;
    }

    /** Opens the guide in the editor at its first way (the hotline), unfolded. */
    private void editHotline(Page page) {
        Guide guide = guides.findBySlug(slug).orElseThrow();
        page.navigate(url("/editor/guides/" + guide.id() + "?lang=en"));
        Chromium.settle(page);
        click(page, "tab-ways");
        click(page, "jump-way-1-step-1");
    }

    @Test
    void a_changed_source_marks_its_translations_stale_from_the_editor_through_the_inbox_to_readers() {
        Page editor = signedIn(ana);
        editHotline(editor);
        fill(editor, "way-1-step-1-text-zh-CN", NEW_SOURCE);
        save(editor, "new hotline number");
        Guide stale = guides.findBySlug(slug).orElseThrow();
        assertThat(Translations.status(stale.content(), Language.EN).stale()).hasSize(1);
        assertThat(Translations.status(stale.content(), Language.RU).stale()).hasSize(1);

        // The inbox lists the guide with its stale English and Russian texts, and leads to the editor.
        editor.navigate(url("/editor?lang=en"));
        Chromium.settle(editor);
        var listed = editor.locator("#translations-" + slug);
        assertThat(listed).containsText("English: 1 out of date, 0 missing");
        assertThat(listed).containsText("Русский: 1 out of date");
        Chromium.screenshot(editor, "translations-inbox-desktop");
        var link = editor.locator("#translations a[href$='" + stale.id() + "']");
        assertThat(link).hasCount(1);

        // A translator sees the source then and now, word by word, and fixes the English.
        Page translator = signedIn(ben);
        editHotline(translator);
        var note = translator.locator("#way-1-step-1-text-stale-en");
        assertThat(note).containsText("0800 100 100");
        assertThat(note).containsText("0800 100 200");
        assertThat(note.locator(".wm-diff-removed")).hasText("100");
        assertThat(note.locator(".wm-diff-added")).hasText("200");
        assertThat(translator.locator("#way-1-step-1-text-confirm-en")).isVisible();
        assertThat(translator.locator("#way-1-step-1-text-stale-ru")).isVisible();
        Chromium.screenshot(translator, "translation-stale-editor-desktop");
        fill(translator, "way-1-step-1-text-en", "Call mts on 0800 100 200");
        save(translator, "English follows the new number");
        Guide fixed = guides.findBySlug(slug).orElseThrow();
        assertThat(Translations.status(fixed.content(), Language.EN).complete()).isTrue();
        assertThat(Translations.status(fixed.content(), Language.RU).stale()).hasSize(1);
        assertThat(translator.locator("#way-1-step-1-text-stale-en")).hasCount(0);

        // The publisher sees English complete and Russian stale, and must accept that to publish.
        Page publisher = signedIn(root);
        publisher.navigate(url("/editor/guides/" + fixed.id() + "?lang=en"));
        Chromium.settle(publisher);
        click(publisher, "publish");
        assertThat(publisher.locator("#publish-translations-en")).containsText("complete");
        assertThat(publisher.locator("#publish-translations-ru")).containsText("1 out of date");
        assertThat(publisher.locator("#publish-dialog-confirm")).isDisabled();
        publisher.locator("#publish-accept-translations input").check();
        Chromium.settle(publisher);
        click(publisher, "publish-dialog-confirm");
        assertThat(publisher.locator("#guide-state")).containsText("ublished");

        // A reader in Russian on a phone: the step is marked, the original is one tap away, on paper too.
        Page reader = open(Chromium.phone("ru-RU"));
        reader.navigate(url("/guides/" + slug + "?lang=ru"));
        Chromium.settle(reader);
        var step = reader.locator("#step-hotline-1");
        assertThat(step).containsText(OLD_RUSSIAN);
        assertThat(step.locator("details.stale summary")).hasText("Перевод может быть устаревшим");
        assertThat(step.locator("details.stale .original")).isHidden();
        step.locator("details.stale summary").click();
        assertThat(step.locator("details.stale .original span[lang=zh-CN]")).hasText(NEW_SOURCE);
        assertThat(reader.locator("details.stale")).hasCount(1);
        Chromium.screenshot(reader, "translation-stale-ru-phone");
        reader.navigate(url("/guides/" + slug + "/print?lang=ru"));
        assertThat(reader.locator(".stale")).containsText(NEW_SOURCE);

        // In English, the fixed translation and no note.
        reader.navigate(url("/guides/" + slug + "?lang=en"));
        Chromium.settle(reader);
        assertThat(reader.locator("#step-hotline-1")).containsText("Call mts on 0800 100 200");
        assertThat(reader.locator("details.stale")).hasCount(0);
        assertThat(reader.locator(".fallback")).hasCount(0);
    }
}
