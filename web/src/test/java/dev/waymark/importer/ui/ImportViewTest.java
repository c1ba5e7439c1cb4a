package dev.waymark.importer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import dev.waymark.account.ui.LoginView;
import dev.waymark.audit.AuditFilter;
import dev.waymark.audit.AuditLog;
import dev.waymark.base.DomainJson;
import dev.waymark.base.TestDatabaseInitializer;
import dev.waymark.guide.CardType;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideActions;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.GuideStatus;
import dev.waymark.guide.Guides;
import dev.waymark.guide.Language;
import dev.waymark.guide.Slug;
import dev.waymark.guide.TestGuides;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class ImportViewTest extends SpringBrowserlessTest {

    private static final String SERBIAN_DATA_CARD = "000_d92cf9b622fd807c.txt";
    private static final String BELGIUM = "004_adbe39261b84e3ea.txt";

    @Autowired
    Guides guides;

    @Autowired
    AuditLog audit;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    private Component open() {
        UI.getCurrent().navigate("editor/import", QueryParameters.fromString("lang=en"));
        return (Component) UI.getCurrent().getCurrentView();
    }

    private static String seed(String name) throws IOException {
        try (InputStream in = ImportViewTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private TextArea markdown() {
        return find(TextArea.class).id("markdown");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<CountryCode> country() {
        return find(ComboBox.class).id("country");
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<CardType> cardTypes() {
        return find(CheckboxGroup.class).id("card-types");
    }

    @SuppressWarnings("unchecked")
    private Select<Language> sourceLanguage() {
        return find(Select.class).id("source-language");
    }

    private String text(String id) {
        return find(UnorderedList.class).id(id).getElement().getTextRecursively();
    }

    @Test
    @WithMockUser(username = "view-editor", roles = "EDITOR")
    void pasting_an_article_fills_in_country_card_types_and_language_for_the_editor_to_check() throws Exception {
        assertThat(open()).isInstanceOf(ImportView.class);

        test(markdown()).setValue(seed(BELGIUM));

        assertThat(country().getValue()).isEqualTo(new CountryCode("BE"));
        assertThat(cardTypes().getValue()).containsExactlyInAnyOrder(CardType.values());
        assertThat(sourceLanguage().getValue()).isEqualTo(Language.ZH_CN);
    }

    @Test
    @WithMockUser(username = "view-editor", roles = "EDITOR")
    void an_uploaded_article_is_imported_as_a_draft_and_the_report_shows_what_landed_where() throws Exception {
        open();
        test(find(Upload.class).id("markdown-upload")).upload("article.md", "text/markdown",
                seed(SERBIAN_DATA_CARD).getBytes(StandardCharsets.UTF_8));
        assertThat(markdown().getValue()).startsWith("# 塞尔维亚上上网卡怎么注销");
        assertThat(country().getValue()).isEqualTo(new CountryCode("RS"));

        test(find(Button.class).id("import-markdown")).click();

        assertThat(text("import-counts")).contains("Ways: 3", "Steps: 6", "Conditions: 2", "After-you-finish checks: 3");
        assertThat(text("import-ways")).contains("在线注销: 4 steps");
        assertThat(text("dropped-lines")).contains("Line 1 (the rest of the line was kept): [[TG💪+ @promo-channel]",
                "https://t.me/s/promo-channel");
        assertThat(text("import-hints")).contains("\"Vip\"", "rs-a1");
        assertThat(text("import-unsorted")).contains("(background, not a step): ");
        String href = test(find(Anchor.class).id("open-draft")).getHref();
        assertThat(href).startsWith("editor/guides/");
        Guide draft = guides.find(GuideId.parse(href.substring("editor/guides/".length()))).orElseThrow();
        assertThat(draft.status()).isEqualTo(GuideStatus.DRAFT);
        assertThat(guides.revisions(draft.id()).getFirst().author()).isEqualTo("view-editor");
    }

    @Test
    @WithMockUser(username = "view-editor", roles = "EDITOR")
    void an_import_without_a_country_or_card_type_is_refused_beside_the_field() {
        open();
        test(markdown()).setValue("# Cancel a card\n\n## Online\n\n1. Log in.");
        long before = guides.count();
        test(cardTypes()).deselectAll();

        test(find(Button.class).id("import-markdown")).click();

        assertThat(country().isInvalid()).isTrue();
        assertThat(cardTypes().isInvalid()).isTrue();
        assertThat(country().getErrorMessage()).isEqualTo("Required");
        assertThat(guides.count()).isEqualTo(before);
        assertThat(find(Anchor.class).withId("open-draft").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "view-admin", roles = "ADMIN")
    void export_all_downloads_every_guide_as_one_json_file() {
        open();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        test(find(Anchor.class).id("export-all")).download(out);

        JsonNode file = DomainJson.mapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(file.get("format").asString()).isEqualTo("waymark-guides");
        assertThat(file.get("guides").valueStream().map(entry -> entry.get("slug").asString()))
                .contains("serbia-cancel-mobile-service", "russia-cancel-mobile-service");
        assertThat(audit.find(new AuditFilter("view-admin", GuideActions.EXPORT, "all", null, null), 0, 5)).isNotEmpty();
    }

    @Test
    @WithMockUser(username = "view-editor", roles = "EDITOR")
    void a_json_file_is_imported_and_the_guides_are_listed() {
        String slug = "view-json-" + suffix;
        String file = "{\"format\":\"waymark-guides\",\"version\":1,\"guides\":[{\"slug\":\"" + slug + "\",\"content\":"
                + DomainJson.mapper().writeValueAsString(TestGuides.serbia()) + "}]}";
        open();

        test(find(Upload.class).id("json-upload")).upload("guides.json", "application/json",
                file.getBytes(StandardCharsets.UTF_8));

        assertThat(text("json-imported")).contains(slug + ": new draft");
        assertThat(guides.findBySlug(new Slug(slug)).orElseThrow().status()).isEqualTo(GuideStatus.DRAFT);
    }

    @Test
    @WithMockUser(username = "view-editor", roles = "EDITOR")
    void a_json_file_that_breaks_a_rule_is_reported_and_changes_nothing() {
        String slug = "view-bad-json-" + suffix;
        String file = "{\"format\":\"waymark-guides\",\"version\":1,\"guides\":[{\"slug\":\"" + slug + "\",\"content\":"
                + DomainJson.mapper().writeValueAsString(TestGuides.serbia()).replace("\"RS\"", "\"Serbia\"") + "}]}";
        open();

        test(find(Upload.class).id("json-upload")).upload("guides.json", "application/json",
                file.getBytes(StandardCharsets.UTF_8));

        assertThat(text("json-problems")).contains("guide 1 (" + slug + ")", "country code must be");
        assertThat(guides.findBySlug(new Slug(slug))).isEmpty();
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_is_sent_to_the_login() {
        assertThat(open()).isInstanceOf(LoginView.class);
    }
}
