package dev.waymark.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.waymark.e2e.Chromium.click;
import static dev.waymark.e2e.Chromium.fill;
import static dev.waymark.e2e.Chromium.save;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
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
import dev.waymark.guide.Step;
import dev.waymark.guide.WayKind;
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
 * What editors do, in laptop-sized Chromium: one creates a guide with two ways and three steps, moves a step and
 * saves; a second editor publishes it; a traveler reads it; it is edited, two revisions are compared and one is
 * restored. And two editors in two browsers save the same guide: the second is refused, sees the first one's
 * changes and applies their own on top.
 */
@WaymarkTest
class EditorJourneyTest {

    private static final String PASSWORD = "editor journey password";

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
    private final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeEach
    void twoEditors() {
        String hash = encoder.encode(PASSWORD);
        users.add(new User(ana, "Ana", Set.of(Role.EDITOR), hash, true));
        users.add(new User(ben, "Ben", Set.of(Role.EDITOR), hash, true));
        users.add(new User(root, "Root", Set.of(Role.ADMIN, Role.EDITOR), hash, true));
    }

    @AfterEach
    void closeBrowsers() {
        contexts.forEach(BrowserContext::close);
    }

    private Page browser() {
        BrowserContext context = Chromium.desktop("en-US");
        contexts.add(context);
        Page page = context.newPage();
        page.setDefaultTimeout(20_000);
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Page signedIn(String username) {
        Page page = browser();
        Chromium.signIn(page, url(""), username, PASSWORD);
        return page;
    }

    private static String guideId(Page page) {
        var matcher = Pattern.compile("/editor/guides/([0-9a-f-]{36})").matcher(page.url());
        assertThat(matcher.find()).as(page.url()).isTrue();
        return matcher.group(1);
    }

    @Test
    void an_editor_writes_a_guide_a_second_editor_publishes_it_and_its_history_is_compared_and_restored() {
        Page editor = signedIn(ana);
        editor.navigate(url("/editor/guides?lang=en"));
        Chromium.settle(editor);
        click(editor, "new-guide");
        fill(editor, "new-slug", "journey-" + suffix);
        editor.locator("#new-country input").fill("Serbia");
        editor.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("(RS)")).first().click();
        Chromium.choose(editor, "new-language", "English");
        fill(editor, "new-title", "Journey guide " + suffix);
        click(editor, "create-guide");
        editor.waitForURL(Pattern.compile(".*/editor/guides/[0-9a-f-]{36}.*"));
        Chromium.settle(editor);
        String id = guideId(editor);

        click(editor, "tab-ways");
        click(editor, "add-way");
        Chromium.choose(editor, "way-1-kind", "Phone hotline");
        click(editor, "way-1-add-step");
        fill(editor, "way-1-step-1-text-en", "Call the operator");
        click(editor, "way-1-add-step");
        fill(editor, "way-1-step-2-text-en", "Have your passport ready");
        click(editor, "add-way");
        Chromium.choose(editor, "way-2-kind", "Store visit");
        click(editor, "way-2-add-step");
        fill(editor, "way-2-step-1-text-en", "Visit a store with your passport");
        click(editor, "way-1-step-2-up");
        Chromium.screenshot(editor, "editor-ways-desktop");
        // No guide is published without a source.
        click(editor, "tab-sources");
        click(editor, "add-source");
        fill(editor, "source-1-key", "operator-help");
        fill(editor, "source-1-url", "https://operator.example.rs/help/cancel");
        fill(editor, "source-1-title", "Operator help: cancel a contract");
        save(editor, "two ways, three steps");

        Guide saved = guides.find(new GuideId(UUID.fromString(id))).orElseThrow();
        assertThat(saved.savedRevision()).isEqualTo(1 + 1);
        assertThat(saved.content().ways()).extracting(way -> way.kind()).containsExactly(WayKind.HOTLINE,
                WayKind.STORE_VISIT);
        assertThat(saved.content().ways().getFirst().steps()).extracting(step -> step.text().in(Language.EN).orElseThrow())
                .containsExactly("Have your passport ready", "Call the operator");
        assertThat(editor.locator("#publish-reason")).containsText("another editor");

        Page second = signedIn(ben);
        second.navigate(url("/editor/guides/" + id + "?lang=en"));
        Chromium.settle(second);
        click(second, "publish");
        // Translations may be incomplete: the publisher accepts that readers see them marked.
        if (second.locator("#publish-accept-translations").isVisible()) {
            second.locator("#publish-accept-translations input").check();
            Chromium.settle(second);
        }
        click(second, "publish-dialog-confirm");
        assertThat(second.locator("#guide-state")).containsText("ublished");

        Page traveler = browser();
        traveler.navigate(url("/guides/journey-" + suffix + "?lang=en"));
        Chromium.settle(traveler);
        assertThat(traveler.locator("#guide-title")).hasText("Journey guide " + suffix);
        assertThat(traveler.locator("body")).containsText("Have your passport ready");
        assertThat(traveler.locator("body")).containsText("Call the operator");

        second.navigate(url("/editor/guides/" + id + "?lang=en"));
        Chromium.settle(second);
        fill(second, "title-en", "Journey guide, edited " + suffix);
        save(second, "clearer title");
        click(second, "history");
        second.waitForURL(Pattern.compile(".*/history.*"));
        Chromium.settle(second);
        assertThat(second.locator("#revisions")).containsText("clearer title");
        assertThat(second.locator("#changes")).containsText("Journey guide, edited " + suffix);
        assertThat(second.locator("#changes")).containsText("Journey guide " + suffix);
        Chromium.screenshot(second, "history-desktop");

        click(second, "restore-2");
        second.locator("#confirm-restore vaadin-button[slot=confirm-button]").click();
        Chromium.settle(second);
        second.waitForURL(Pattern.compile(".*/editor/guides/" + id + "([?#].*)?$"));
        Chromium.settle(second);
        Guide restored = guides.find(new GuideId(UUID.fromString(id))).orElseThrow();
        assertThat(restored.savedRevision()).isEqualTo(4);
        assertThat(restored.content().title().in(Language.EN)).contains("Journey guide " + suffix);
        assertThat(second.locator("#title-en input")).hasValue("Journey guide " + suffix);

        traveler.reload();
        Chromium.settle(traveler);
        assertThat(traveler.locator("#guide-title")).hasText("Journey guide " + suffix);
    }

    @Test
    void two_editors_save_the_same_guide_and_the_second_applies_their_changes_on_top_of_the_first() {
        Slug slug = new Slug("together-" + suffix);
        Guide guide = guides.save(Guide.draft(GuideId.random(), slug, dev.waymark.guide.TestGuides.serbia()),
                "someone", "first");
        String path = "/editor/guides/" + guide.id() + "?lang=en";
        Page first = signedIn(ana);
        Page second = signedIn(ben);
        first.navigate(url(path));
        second.navigate(url(path));
        Chromium.settle(first);
        Chromium.settle(second);

        fill(first, "title-en", "Ana's title");
        save(first, "ana's title");
        fill(second, "summary-en", "Ben's summary");
        save(second, "ben's summary");

        Locator conflict = second.locator("#conflict-dialog");
        assertThat(second.locator("#conflict-who")).containsText(ana);
        assertThat(conflict).containsText("Ana's title");
        assertThat(conflict).containsText("Ben's summary");
        Chromium.screenshot(second, "conflict-desktop");
        click(second, "apply-mine");
        assertThat(second.locator("#title-en input")).hasValue("Ana's title");
        assertThat(second.locator("#summary-en textarea")).hasValue("Ben's summary");
        save(second, "ben's summary, on top of ana's title");

        Guide stored = guides.find(guide.id()).orElseThrow();
        assertThat(stored.savedRevision()).isEqualTo(3);
        assertThat(stored.content().title().in(Language.EN)).contains("Ana's title");
        assertThat(stored.content().summary().in(Language.EN)).contains("Ben's summary");
        assertThat(conflict).hasCount(0);
    }

    @Test
    void an_editor_imports_a_seed_article_fixes_it_up_an_admin_publishes_it_and_a_traveler_finds_it() throws Exception {
        // The article names its source in a metadata line, as real ones do: the import stores it as the guide's source.
        String article = "source: https://blog.example.cn/serbia-data-card\n\n" + java.nio.file.Files.readString(
                java.nio.file.Path.of("src/test/resources/seeds/000_d92cf9b622fd807c.txt"));
        Page editor = signedIn(ana);
        editor.navigate(url("/editor/import?lang=en"));
        Chromium.settle(editor);
        editor.locator("#markdown textarea").fill(article);
        Chromium.settle(editor);
        click(editor, "import-markdown");
        assertThat(editor.locator("#dropped-lines")).containsText("t.me");
        Chromium.screenshot(editor, "import-report-desktop");
        click(editor, "open-draft");
        editor.waitForURL(Pattern.compile(".*/editor/guides/[0-9a-f-]{36}.*"));
        Chromium.settle(editor);
        String id = guideId(editor);
        assertThat(editor.locator("#publish-reason")).containsText("unsorted");

        click(editor, "tab-unsorted");
        fill(editor, "unsorted", "");
        save(editor, "unsorted part sorted out");
        Guide fixed = guides.find(new GuideId(UUID.fromString(id))).orElseThrow();
        assertThat(fixed.content().unsorted()).isEmpty();
        assertThat(fixed.content().isPublishable()).isTrue();
        assertThat(editor.locator("#publish-reason")).containsText("another editor");

        Page admin = signedIn(root);
        admin.navigate(url("/editor/guides/" + id + "?lang=en"));
        Chromium.settle(admin);
        click(admin, "publish");
        // Translations may be incomplete: the publisher accepts that readers see them marked.
        if (admin.locator("#publish-accept-translations").isVisible()) {
            admin.locator("#publish-accept-translations input").check();
            Chromium.settle(admin);
        }
        click(admin, "publish-dialog-confirm");
        assertThat(admin.locator("#guide-state")).containsText("ublished");

        Page traveler = browser();
        traveler.navigate(url("/guides/" + fixed.slug().value() + "?lang=zh-CN"));
        Chromium.settle(traveler);
        assertThat(traveler.locator("#guide-title")).containsText("塞尔维亚");
        assertThat(traveler.locator("body")).not().containsText("t.me");
        assertThat(traveler.locator("body")).not().containsText("promo-channel");
        Chromium.screenshot(traveler, "imported-guide-desktop");
    }
}
