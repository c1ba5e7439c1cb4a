package dev.waymark.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.dom.ElementUtil;
import com.vaadin.flow.router.QueryParameters;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.Guides;
import dev.waymark.guide.Slug;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The XSS corpus through the staff views: a published guide with a payload in every text, in the editor, its
 * preview and the history compare, leaves nothing executable in the component tree, including in HTML that
 * components set as inner HTML. (The reader pages are HTML from the server: {@link XssOverHttpTest}.)
 */
@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class XssInViewsTest extends SpringBrowserlessTest {

    @Autowired
    Guides guides;

    private Slug slug;

    @BeforeEach
    void publishTheCorpus() {
        slug = new Slug("xss-views-" + UUID.randomUUID().toString().substring(0, 8));
        Guide saved = guides.save(Guide.draft(GuideId.random(), slug, XssCorpus.guide()), "xss", "corpus");
        guides.save(saved.publish(), "xss", "");
    }

    @org.junit.jupiter.api.Test
    @org.springframework.security.test.context.support.WithMockUser(username = "xss-editor", roles = "EDITOR")
    void the_editor_its_preview_and_the_history_compare_show_the_payloads_as_text_only() {
        Guide first = guides.findBySlug(slug).orElseThrow();
        GuideContent corpus = first.content();
        java.util.List<dev.waymark.guide.Way> reversed = corpus.ways().stream()
                .map(way -> way.withSteps(way.steps().reversed())).toList();
        guides.save(first.edit(corpus.withWays(reversed).withTitle(corpus.title().with(
                dev.waymark.guide.Language.EN, "<svg onload=window.__xss=1> changed"))), "xss", "reordered");

        UI.getCurrent().navigate("editor/guides/" + first.id(), QueryParameters.fromString("lang=en"));
        assertThat(executable(page())).isEmpty();
        test(find(com.vaadin.flow.component.button.Button.class).id("preview")).click();
        Element preview = find(com.vaadin.flow.component.dialog.Dialog.class).id("preview-dialog").getElement();
        assertThat(preview.getTextRecursively()).contains("window.__xss=1");
        assertThat(executable(preview)).isEmpty();
        assertNothingExecutableInTabs();

        UI.getCurrent().navigate("editor/guides/" + first.id() + "/history", QueryParameters.fromString("lang=en"));
        Element history = page();
        assertThat(history.getTextRecursively()).contains("<svg onload=window.__xss=1> changed");
        assertThat(executable(history)).isEmpty();
    }

    private void assertNothingExecutableInTabs() {
        int panels = 0;
        for (TabSheet tabs : find(TabSheet.class).all()) {
            for (int index = 0; index < tabs.getTabCount(); index++) {
                tabs.setSelectedIndex(index);
                Element panel = tabs.getComponent(tabs.getTabAt(index)).getElement();
                assertThat(executable(panel)).isEmpty();
                panels++;
            }
        }
        assertThat(panels).isPositive();
    }

    /** The whole page: the current view inside its layouts. */
    private static Element page() {
        com.vaadin.flow.component.Component top = UI.getCurrent().getCurrentView();
        while (top.getParent().isPresent() && !(top.getParent().get() instanceof UI)) {
            top = top.getParent().get();
        }
        return top.getElement();
    }

    /** The element tree as the browser would build it, plus every inner HTML a component sets. */
    static List<String> executable(Element root) {
        Document document = Document.createShell("");
        document.body().appendChild(ElementUtil.toJsoup(document, root));
        List<String> found = new ArrayList<>(XssCorpus.executable(document.body()));
        collectInnerHtml(root, found);
        return found;
    }

    private static void collectInnerHtml(Element element, List<String> found) {
        String inner = element.isTextNode() ? null : element.getProperty("innerHTML");
        if (inner != null) {
            found.addAll(XssCorpus.executable(Jsoup.parseBodyFragment(inner).body()));
        }
        element.getChildren().forEach(child -> collectInnerHtml(child, found));
    }
}
