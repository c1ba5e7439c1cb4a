package dev.waymark.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.waymark.account.Role;
import dev.waymark.account.User;
import dev.waymark.account.Users;
import dev.waymark.base.WaymarkTest;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.Guides;
import dev.waymark.guide.Language;
import dev.waymark.guide.Slug;
import dev.waymark.guide.TestGuides;
import dev.waymark.guide.Translations;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Linked translations as people meet them, in real Chromium: an editor changes the Chinese source of a step, its
 * translation becomes stale and the inbox lists it, a publisher publishes anyway after confirming, a reader on a
 * phone sees the stale note with the original one tap away, a translator fixes the translation, and once that is
 * published the reader sees no note.
 */
@WaymarkTest
class TranslationJourneyTest {

    private static final String PASSWORD = "translation journey password";
    private static final String NEW_SOURCE = "拨打 mts 客服 0800 100 200";

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
        Guide saved = guides.save(Guide.draft(GuideId.random(), slug, TestGuides.serbia()), "someone", "first");
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
        page.navigate(url("/login?lang=en"));
        Chromium.settle(page);
        page.locator("#login-form vaadin-text-field[name=username] input").fill(username);
        page.locator("#login-form vaadin-password-field[name=password] input").fill(PASSWORD);
        page.locator("#login-form vaadin-button[slot=submit]").click();
        page.waitForURL(Pattern.compile(".*/editor([?#].*)?$"));
        Chromium.settle(page);
        return page;
    }

    private static void click(Page page, String id) {
        page.locator("#" + id).click();
        Chromium.settle(page);
    }

    private static void fill(Page page, String id, String text) {
        page.locator("#" + id).locator("input, textarea").first().fill(text);
        page.locator("#" + id).locator("input, textarea").first().blur();
        Chromium.settle(page);
    }

    private static void save(Page page, String message) {
        click(page, "save");
        fill(page, "revision-message", message);
        click(page, "save-confirm");
    }

    /** Opens the guide in the editor at its first way (the hotline), unfolded. */
    private void editHotline(Page page) {
        Guide guide = guides.findBySlug(slug).orElseThrow();
        page.navigate(url("/editor/guides/" + guide.id() + "?lang=en"));
        Chromium.settle(page);
        click(page, "tab-ways");
        click(page, "jump-way-1-step-1");
    }

    private void publish(Page page, boolean incomplete) {
        Guide guide = guides.findBySlug(slug).orElseThrow();
        page.navigate(url("/editor/guides/" + guide.id() + "?lang=en"));
        Chromium.settle(page);
        click(page, "publish");
        if (incomplete) {
            assertThat(page.locator("#publish-translations-en")).containsText("1 out of date, 0 missing");
            assertThat(page.locator("#publish-dialog-confirm")).isDisabled();
            page.locator("#publish-accept-translations input").check();
            Chromium.settle(page);
        } else {
            assertThat(page.locator("#publish-translations-en")).containsText("complete");
            assertThat(page.locator("#publish-accept-translations")).isHidden();
        }
        click(page, "publish-dialog-confirm");
        assertThat(page.locator("#guide-state")).containsText("ublished");
    }

    @Test
    void a_changed_source_marks_its_translation_stale_from_the_editor_through_the_inbox_to_readers() {
        Page editor = signedIn(ana);
        editHotline(editor);
        fill(editor, "way-1-step-1-text-zh-CN", NEW_SOURCE);
        save(editor, "new hotline number");
        Guide stale = guides.findBySlug(slug).orElseThrow();
        assertThat(Translations.status(stale.content(), Language.EN).stale()).hasSize(1);

        // The inbox lists the guide with its stale English text, and leads to the editor.
        editor.navigate(url("/editor?lang=en"));
        Chromium.settle(editor);
        assertThat(editor.locator("#translations")).containsText("English: 1 out of date, 0 missing");
        Chromium.screenshot(editor, "translations-inbox-desktop");

        // The publisher sees the stale translation and must accept it to publish.
        Page publisher = signedIn(root);
        publish(publisher, true);

        // A reader in English on a phone: the step is marked, the original is one tap away.
        Page reader = open(Chromium.phone("en-US"));
        reader.navigate(url("/guides/" + slug + "?lang=en"));
        Chromium.settle(reader);
        var step = reader.locator("#step-hotline-1");
        assertThat(step.locator("details.stale summary")).hasText("Translation may be out of date");
        assertThat(step.locator("details.stale .original")).isHidden();
        step.locator("details.stale summary").click();
        assertThat(step.locator("details.stale .original")).containsText(NEW_SOURCE);
        assertThat(step.locator("details.stale .original span[lang=zh-CN]")).hasText(NEW_SOURCE);
        assertThat(reader.locator("details.stale")).hasCount(1);
        Chromium.screenshot(reader, "translation-stale-phone");
        reader.navigate(url("/guides/" + slug + "/print?lang=en"));
        assertThat(reader.locator(".stale")).containsText(NEW_SOURCE);

        // A translator sees the source then and now, and fixes the English.
        Page translator = signedIn(ben);
        editHotline(translator);
        var note = translator.locator("#way-1-step-1-text-stale-en");
        assertThat(note).containsText("0800 100 100");
        assertThat(note).containsText("0800 100 200");
        assertThat(note.locator(".wm-diff-removed")).hasText("100");
        assertThat(note.locator(".wm-diff-added")).hasText("200");
        assertThat(translator.locator("#way-1-step-1-text-confirm-en")).isVisible();
        Chromium.screenshot(translator, "translation-stale-editor-desktop");
        fill(translator, "way-1-step-1-text-en", "Call mts on 0800 100 200");
        save(translator, "English follows the new number");
        Guide fixed = guides.findBySlug(slug).orElseThrow();
        assertThat(Translations.status(fixed.content(), Language.EN).complete()).isTrue();
        translator.navigate(url("/editor?lang=en"));
        Chromium.settle(translator);
        assertThat(translator.locator("#inbox")).isVisible();
        assertThat(translator.locator("#translations a[href$='" + fixed.id() + "']")).hasCount(0);

        publish(publisher, false);
        reader.navigate(url("/guides/" + slug + "?lang=en"));
        Chromium.settle(reader);
        assertThat(reader.locator("#step-hotline-1")).containsText("Call mts on 0800 100 200");
        assertThat(reader.locator("details.stale")).hasCount(0);
    }
}
