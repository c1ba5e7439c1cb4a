package dev.waymark.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.waymark.e2e.Chromium.click;
import static dev.waymark.e2e.Chromium.fill;
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
import dev.waymark.guide.GuideStatus;
import dev.waymark.guide.Guides;
import dev.waymark.guide.OperatorCode;
import dev.waymark.operator.FormerName;
import dev.waymark.operator.Operator;
import dev.waymark.operator.Operators;
import dev.waymark.operator.Reach;
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
 * A country Waymark has no guide for, in laptop-sized Chromium: an editor adds its operator to the registry (the
 * form first shows the model's own refusal), imports an article about cancelling with it, and fixes the draft (ticks
 * the operator, corrects a step); a second editor publishes it; the first renames the operator, and the published
 * guide shows the new name on the next request.
 */
@WaymarkTest
class OperatorRegistryJourneyTest {

    private static final String PASSWORD = "registry journey password";

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Guides guides;

    @Autowired
    Operators operators;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z0-9]", "x");
    private final String ana = "ana-op-" + suffix;
    private final String ben = "ben-op-" + suffix;
    private final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeEach
    void twoEditors() {
        String hash = encoder.encode(PASSWORD);
        users.add(new User(ana, "Ana", Set.of(Role.EDITOR), hash, true));
        users.add(new User(ben, "Ben", Set.of(Role.EDITOR), hash, true));
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

    private static void pickCountry(Page page, String id, String name, String code) {
        page.locator("#" + id + " input").fill(name);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(code)).first().click();
        Chromium.settle(page);
    }

    @Test
    void an_editor_adds_an_operator_for_a_new_country_imports_a_guide_for_it_and_a_rename_reaches_the_published_guide() {
        String name = "Nordfunk " + suffix;
        String renamed = "Suedfunk " + suffix;
        OperatorCode code = new OperatorCode("de-nordfunk-" + suffix);

        // The registry: a new operator for Germany.
        Page editor = signedIn(ana);
        editor.navigate(url("/editor/operators?lang=en"));
        Chromium.settle(editor);
        assertThat(editor.locator("#staff-nav")).containsText("Operators");
        click(editor, "new-operator");
        editor.waitForURL(Pattern.compile(".*/editor/operators/new.*"));
        Chromium.settle(editor);
        pickCountry(editor, "operator-country", "Germany", "(DE)");
        fill(editor, "operator-name", name);
        assertThat(editor.locator("#operator-code input")).hasValue(code.value());
        fill(editor, "operator-brand-owner", "Nordfunk Holding");
        fill(editor, "operator-website", "nordfunk.example");
        click(editor, "add-source");
        fill(editor, "source-key-0", "nf-help");
        fill(editor, "source-url-0", "https://nordfunk.example/help/cancel");
        fill(editor, "source-title-0", "Nordfunk help: ending a contract");
        click(editor, "add-contact");
        fill(editor, "contact-value-0", "+49 800 555 0100");
        fill(editor, "contact-label-0", "Customer service");
        Chromium.choose(editor, "contact-reach-0", "From abroad too");
        click(editor, "save-operator");
        assertThat(editor.locator("#operator-problems"))
                .hasText("the website must be an http or https address (was 'nordfunk.example')");
        assertThat(operators.find(code)).isEmpty();

        fill(editor, "operator-website", "https://nordfunk.example");
        fill(editor, "operator-message", "Germany, first operator");
        click(editor, "save-operator");
        editor.waitForURL(Pattern.compile(".*/editor/operators/" + code.value() + ".*"));
        Chromium.settle(editor);
        Operator added = operators.find(code).orElseThrow();
        assertThat(added.name()).isEqualTo(name);
        assertThat(added.brandOwner()).isEqualTo("Nordfunk Holding");
        assertThat(added.support()).singleElement().satisfies(contact -> {
            assertThat(contact.value()).isEqualTo("+49 800 555 0100");
            assertThat(contact.reach()).isEqualTo(Reach.FROM_ABROAD);
            assertThat(contact.evidence().unverified()).isTrue();
        });
        assertThat(editor.locator("#operator-history")).containsText("Germany, first operator");
        Chromium.screenshot(editor, "operator-form-desktop");

        // An article about it, imported as a draft.
        editor.navigate(url("/editor/import?lang=en"));
        Chromium.settle(editor);
        fill(editor, "markdown", """
                source: https://nordfunk.example/help/cancel-contract

                # Cancel a %s SIM card before leaving Germany

                ## Phone

                1. Call %s customer service on +49 800 555 0100.
                2. Say that you want to cancel the contrac and give your customer number.
                """.formatted(name, name));
        pickCountry(editor, "country", "Germany", "Germany");
        editor.locator("#card-types vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("Physical SIM"))
                .locator("input").check();
        Chromium.settle(editor);
        Chromium.choose(editor, "source-language", "English");
        click(editor, "import-markdown");
        Chromium.screenshot(editor, "operator-journey-import");
        assertThat(editor.locator("#import-done")).isVisible();
        assertThat(editor.locator("#import-hints")).containsText(code.value());
        click(editor, "open-draft");
        editor.waitForURL(Pattern.compile(".*/editor/guides/[0-9a-f-]{36}.*"));
        Chromium.settle(editor);
        var matcher = Pattern.compile("/editor/guides/([0-9a-f-]{36})").matcher(editor.url());
        assertThat(matcher.find()).isTrue();
        GuideId id = new GuideId(UUID.fromString(matcher.group(1)));

        // The draft fixed: the guide names the operator from the registry, and a step is corrected.
        editor.locator("#operators vaadin-checkbox").filter(new Locator.FilterOptions().setHasText(name)).click();
        Chromium.settle(editor);
        click(editor, "tab-ways");
        // A saved guide's ways open folded to their titles and step outline: open the first.
        editor.locator("#way-1-fold").evaluate("details => details.opened = true");
        Chromium.settle(editor);
        fill(editor, "way-1-step-2-text-en", "Say that you want to cancel the contract and give your customer number.");
        click(editor, "save");
        fill(editor, "revision-message", "operator from the registry, typo");
        click(editor, "save-confirm");
        Guide fixed = guides.find(id).orElseThrow();
        assertThat(fixed.content().operators()).containsExactly(code);
        assertThat(fixed.content().country().value()).isEqualTo("DE");

        // A second editor publishes it.
        Page second = signedIn(ben);
        second.navigate(url("/editor/guides/" + id.value() + "?lang=en"));
        Chromium.settle(second);
        click(second, "publish");
        // Translations may be incomplete: the publisher accepts that readers see them marked.
        if (second.locator("#publish-accept-translations").isVisible()) {
            second.locator("#publish-accept-translations input").check();
            Chromium.settle(second);
        }
        click(second, "publish-dialog-confirm");
        assertThat(second.locator("#guide-state")).containsText("ublished");
        Guide published = guides.find(id).orElseThrow();
        assertThat(published.status()).isEqualTo(GuideStatus.PUBLISHED);

        Page traveler = browser();
        String print = url("/guides/" + published.slug().value() + "/print?lang=en");
        traveler.navigate(print);
        assertThat(traveler.locator("body")).containsText(name);
        assertThat(traveler.locator("body")).containsText("cancel the contract");

        // The operator renamed in the registry: the published guide shows the new name at once.
        editor.navigate(url("/editor/operators/" + code.value() + "?lang=en"));
        Chromium.settle(editor);
        click(editor, "rename-operator");
        fill(editor, "rename-name", renamed);
        click(editor, "rename-apply");
        assertThat(editor.locator("#former-name-0 input")).hasValue(name);
        fill(editor, "operator-message", "renamed");
        click(editor, "save-operator");
        assertThat(editor.locator("#operator-title")).containsText(renamed);
        assertThat(operators.find(code).orElseThrow().formerNames()).extracting(FormerName::name).containsExactly(name);

        // A reload asks the server again (published pages may be kept by browsers and caches for a minute).
        traveler.reload();
        assertThat(traveler.locator("body")).containsText(renamed);
        assertThat(traveler.locator("body")).containsText(name);
        Page reader = browser();
        reader.navigate(url("/guides/" + published.slug().value() + "?lang=en"));
        Chromium.settle(reader);
        assertThat(reader.locator("body")).containsText(renamed);
        Chromium.screenshot(reader, "renamed-operator-guide-desktop");
    }
}
