package dev.waymark.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.waymark.e2e.Chromium.click;
import static dev.waymark.e2e.Chromium.fill;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.waymark.account.Role;
import dev.waymark.account.User;
import dev.waymark.account.Users;
import dev.waymark.base.TestCaller;
import dev.waymark.base.TestScreenshots;
import dev.waymark.base.WaymarkTest;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.GuideStatus;
import dev.waymark.guide.Guides;
import dev.waymark.guide.Illustration;
import dev.waymark.guide.Language;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.Slug;
import dev.waymark.guide.Step;
import dev.waymark.guide.TestGuides;
import dev.waymark.guide.Way;
import dev.waymark.guide.WayKind;
import dev.waymark.picture.PictureService;
import dev.waymark.picture.PictureUrls;
import dev.waymark.picture.StoredPicture;
import dev.waymark.seed.SeedData;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Pictures as people meet them, in Chromium: an editor uploads a screenshot into a step (and is told why an SVG is
 * refused), saves and sees it in the preview; a traveler on a phone gets no picture before scrolling to it, sees it
 * with its reserved size, and sees it again with the network off once the guide was saved.
 */
@WaymarkTest
class PicturesJourneyTest {

    private static final String PASSWORD = "pictures journey password";

    @LocalServerPort
    int port;

    @Autowired
    Guides guides;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PictureService pictures;

    @TempDir
    Path files;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        contexts.forEach(BrowserContext::close);
        SecurityContextHolder.clearContext();
        // The published test guide must not crowd the shared database's search results.
        guides.findBySlug(new Slug("picture-trip-" + suffix)).filter(guide -> guide.status() == GuideStatus.PUBLISHED)
                .ifPresent(guide -> guides.save(guide.archive(), "pictures-test", "test guide archived"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Page signedIn(String username) {
        BrowserContext context = Chromium.desktop("en-US");
        contexts.add(context);
        Page page = context.newPage();
        page.setDefaultTimeout(20_000);
        Chromium.signIn(page, url(""), username, PASSWORD);
        return page;
    }

    @Test
    void an_editor_uploads_a_screenshot_into_a_step_is_told_why_an_svg_is_refused_saves_and_sees_it_in_the_preview()
            throws Exception {
        String ana = "pic-ana-" + suffix;
        users.add(new User(ana, "Ana", Set.of(Role.EDITOR), encoder.encode(PASSWORD), true));
        Slug slug = new Slug("picture-editor-" + suffix);
        Guide draft = guides.save(Guide.draft(GuideId.random(), slug, TestGuides.withSteps(1)), ana, "one step");
        Path png = Files.write(files.resolve("settings.png"), TestScreenshots.png(900, 1800, new Color(0xFF3B30)));
        Path svg = Files.writeString(files.resolve("drawing.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", StandardCharsets.UTF_8);

        Page editor = signedIn(ana);
        editor.navigate(url("/editor/guides/" + draft.id().value() + "?lang=en"));
        Chromium.settle(editor);
        click(editor, "tab-ways");
        // Ways of a saved guide are folded to their outline: open the first.
        editor.locator("#way-1-fold").evaluate("details => details.opened = true");
        Chromium.settle(editor);
        String step = "way-1-step-1-pictures";
        editor.locator("#" + step + "-upload input[type=file]").setInputFiles(svg);
        assertThat(editor.locator("#" + step + "-problem")).containsText("SVG");
        assertThat(editor.locator("#" + step + "-1")).hasCount(0);

        editor.locator("#" + step + "-upload input[type=file]").setInputFiles(png);
        editor.waitForFunction("id => document.getElementById(id)?.naturalWidth > 0", step + "-1-thumbnail");
        assertThat(editor.locator("#" + step + "-1-thumbnail")).isVisible();
        assertThat(editor.locator("#" + step + "-problem")).isHidden();
        fill(editor, step + "-1-caption-en", "Delete eSIM");
        fill(editor, step + "-1-alt-en", "The eSIM settings screen with Delete eSIM in red");

        // A screenshot pasted into the step's text: the browser posts it, the step gets it as its second picture.
        editor.locator("#way-1-step-1-text-en").evaluate("""
                async field => {
                  const canvas = document.createElement('canvas');
                  canvas.width = 400;
                  canvas.height = 800;
                  const context = canvas.getContext('2d');
                  context.fillStyle = '#0b57d0';
                  context.fillRect(0, 0, 400, 800);
                  const blob = await new Promise(done => canvas.toBlob(done, 'image/png'));
                  const clipboard = new DataTransfer();
                  clipboard.items.add(new File([blob], 'image.png', { type: 'image/png' }));
                  field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true,
                    cancelable: true, composed: true }));
                }""");
        editor.waitForFunction("id => document.getElementById(id)?.naturalWidth > 0", step + "-2-thumbnail");
        Chromium.settle(editor);
        fill(editor, step + "-2-alt-en", "A pasted screen");
        click(editor, "save");
        fill(editor, "revision-message", "a screenshot of the settings");
        click(editor, "save-confirm");

        Guide saved = guides.find(draft.id()).orElseThrow();
        List<Illustration> stepPictures = saved.content().ways().getFirst().steps().getFirst().pictures();
        assertThat(stepPictures).hasSize(2);
        assertThat(stepPictures.get(1).width()).isEqualTo(400);
        assertThat(stepPictures.get(1).alt().in(Language.EN)).contains("A pasted screen");
        Illustration picture = stepPictures.getFirst();
        assertThat(picture.width()).isEqualTo(900);
        assertThat(picture.height()).isEqualTo(1800);
        assertThat(picture.alt().in(Language.EN)).contains("The eSIM settings screen with Delete eSIM in red");
        assertThat(pictures.find(picture.picture())).isPresent();

        click(editor, "preview");
        var shown = editor.locator("#preview-page img[src*='" + picture.picture().value() + "']");
        assertThat(shown).isVisible();
        assertThat(shown).hasAttribute("alt", "The eSIM settings screen with Delete eSIM in red");
        editor.waitForFunction("img => img.complete && img.naturalWidth > 0", shown.elementHandle());
        Chromium.screenshot(editor, "editor-picture-preview-desktop");
    }

    @Test
    void a_traveler_gets_no_picture_before_scrolling_to_it_sees_it_sized_and_sees_it_offline_after_saving() {
        TestCaller.signIn("pic-uploader-" + suffix, "ROLE_EDITOR");
        StoredPicture stored = pictures.upload(TestScreenshots.png(1170, 2532, new Color(0x34C759)));
        SecurityContextHolder.clearContext();
        Slug slug = new Slug("picture-trip-" + suffix);
        // The Serbian seed guide (long enough that the eSIM steps are far down), its own pictures left out.
        GuideContent serbia = withoutPictures(SeedData.guides().getFirst().content());
        // Alt text in every language of the guide, as publishing requires.
        LocalizedText alt = LocalizedText.EMPTY;
        for (Language language : serbia.languages()) {
            alt = alt.with(language, language.equals(Language.EN) ? "The Delete eSIM button" : "删除eSIM按钮");
        }
        Illustration picture = new Illustration(stored.hash(), stored.width(), stored.height(), null,
                LocalizedText.of("删除eSIM", "Delete eSIM"), alt);
        serbia = serbia.withWays(serbia.ways().stream().map(way -> way.kind() != WayKind.DEVICE_SETTINGS ? way
                : withFirstStepPicture(way, picture)).toList());
        Guide draft = guides.save(Guide.draft(GuideId.random(), slug, serbia), "pictures-test", "with a picture");
        guides.save(draft.publish(), "pictures-test", "");
        String address = "/guides/" + slug.value() + "?lang=en&card=esim&platform=ios";

        BrowserContext phone = Chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true).setLocale("en-US"));
        contexts.add(phone);
        Page page = phone.newPage();
        page.setDefaultTimeout(20_000);
        page.onRequest(request -> requests.add(request.url()));
        page.navigate(url(address));
        Chromium.settle(page);
        page.waitForTimeout(1500);

        var img = page.locator("figure.fig img[src*='" + stored.hash().value() + "']");
        assertThat(img).hasAttribute("loading", "lazy");
        assertThat(img).hasAttribute("width", "720");
        assertThat(img).hasAttribute("height", String.valueOf(PictureUrls.heightFor(stored, 720)));
        // The eSIM way comes last and folded: its picture is neither shown nor fetched until the reader gets there.
        assertThat(requests).as("no picture before the reader scrolls to it").noneMatch(u -> u.contains("/pictures/"));
        assertThat(img.evaluate("img => img.naturalWidth")).isEqualTo(0);
        // Cold, before any picture: the traveler bar (150 KB, 12 requests) still holds.
        double bytes = ((Number) page.evaluate("() => performance.getEntriesByType('navigation')"
                + ".concat(performance.getEntriesByType('resource')).reduce((sum, e) => sum + e.transferSize, 0)"))
                .doubleValue();
        long pageRequests = ((Number) page.evaluate("() => performance.getEntriesByType('resource').length + 1"))
                .longValue();
        assertThat(bytes).isLessThan(150 * 1024);
        assertThat(pageRequests).isLessThanOrEqualTo(12);
        // Opening the way: the picture's box has its shape at once, before a byte of it arrives.
        double ratio = ((Number) img.evaluate("img => { img.closest('.way').querySelector('.way-toggle').click();"
                + " const box = img.getBoundingClientRect(); return img.naturalWidth === 0 ? box.height / box.width : -1; }"))
                .doubleValue();
        assertThat(ratio).isCloseTo((double) stored.height() / stored.width(), org.assertj.core.data.Offset.offset(0.02));
        img.scrollIntoViewIfNeeded();
        page.waitForFunction("img => img.complete && img.naturalWidth > 0", img.elementHandle());
        assertThat(requests).anyMatch(u -> u.contains("/pictures/" + stored.hash().value()));
        assertThat(page.locator("#offline-pictures")).containsText("with 1 pictures");
        page.waitForFunction("() => navigator.serviceWorker.controller !== null || "
                + "navigator.serviceWorker.ready.then(() => true)");
        page.navigate(url("/?lang=en")); // the worker now controls the pages
        Chromium.settle(page);
        page.close();

        phone.setOffline(true);
        Page offline = phone.newPage();
        offline.setDefaultTimeout(20_000);
        offline.navigate(url(address));
        Chromium.settle(offline);
        assertThat(offline.locator("#offline-state")).containsText("offline");
        var again = offline.locator("figure.fig img[src*='" + stored.hash().value() + "']");
        if (!again.isVisible()) {
            offline.locator("#way-device-settings .way-toggle").click();
        }
        again.scrollIntoViewIfNeeded();
        offline.waitForFunction("img => img.complete && img.naturalWidth > 0", again.elementHandle());
        assertThat(again).hasAttribute("alt", "The Delete eSIM button");
        Chromium.screenshot(offline, "guide-picture-offline-phone");
    }

    private static GuideContent withoutPictures(GuideContent content) {
        GuideContent plain = content.withWays(content.ways().stream().map(way -> way.withSteps(way.steps().stream()
                .map(step -> step.withPictures(List.of())).toList())).toList());
        return new GuideContent(plain.sourceLanguage(), plain.country(), plain.topic(), plain.title(), plain.summary(),
                plain.cardTypes(), plain.operators(), plain.requirements(),
                plain.documents().stream().map(document -> document.withPictures(List.of())).toList(), plain.ways(),
                plain.checks(), plain.cautions(), plain.faq(), plain.phrases(), plain.provenance(), plain.unsorted());
    }

    private static Way withFirstStepPicture(Way way, Illustration picture) {
        List<Step> steps = new ArrayList<>(way.steps());
        steps.set(0, steps.getFirst().withPictures(List.of(picture)));
        return way.withSteps(steps);
    }
}
