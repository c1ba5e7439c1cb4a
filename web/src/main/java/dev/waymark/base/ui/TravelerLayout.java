package dev.waymark.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.waymark.guide.Language;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The frame of every traveler page: the name (home), a search box and the language switch, then the
 * page. Light on purpose: readers are often on roaming data.
 */
@AnonymousAllowed
public class TravelerLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Anchor skip = new Anchor("#main", "");
    private final Anchor home = new Anchor("/", "Waymark");
    private final TextField search = new TextField();
    private final Button languageSwitch = new Button();
    private final Main main = new Main();
    private Location location = new Location("");

    public TravelerLayout() {
        addClassName("wm-shell");
        home.addClassName("wm-brand");
        home.setId("home-link");

        search.setId("search");
        search.setClearButtonVisible(true);
        var icon = VaadinIcon.SEARCH.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        search.setPrefixComponent(icon);
        search.addClassName("wm-search");
        search.addKeyPressListener(Key.ENTER, event -> runSearch());
        // Results as the reader types, once they pause.
        search.setValueChangeMode(ValueChangeMode.TIMEOUT);
        search.setValueChangeTimeout(350);
        search.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                runSearch();
            }
        });

        languageSwitch.setId("language-switch");
        languageSwitch.addThemeVariants(ButtonVariant.TERTIARY);
        languageSwitch.addClickListener(event -> switchLanguage());

        skip.addClassName("wm-skip");
        skip.getElement().setAttribute("router-ignore", true);
        Header header = new Header(skip, home, search, languageSwitch);
        header.addClassName("wm-header");
        main.addClassName("wm-main");
        main.setId("main");
        Footer footer = new Footer();
        footer.addClassName("wm-footer");
        add(header, main, footer);
    }

    /** Shows the results for what is typed, keeping the search filters when already on the results. */
    private void runSearch() {
        String query = search.getValue().strip();
        Map<String, List<String>> parameters = new HashMap<>();
        if (location.getPath().isEmpty()) {
            parameters.putAll(location.getQueryParameters().getParameters());
        }
        if (query.isEmpty()) {
            parameters.remove("q");
        } else {
            parameters.put("q", List.of(query));
        }
        UI.getCurrent().navigate("", new QueryParameters(parameters));
    }

    private void switchLanguage() {
        Language next = ReaderLanguage.current() == Language.ZH_CN ? Language.EN : Language.ZH_CN;
        ReaderLanguage.choose(next);
        Map<String, List<String>> parameters = new HashMap<>(location.getQueryParameters().getParameters());
        parameters.put(ReaderLanguage.PARAMETER, List.of(next.tag()));
        UI.getCurrent().navigate(location.getPath(), new QueryParameters(parameters));
    }

    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement content) {
        main.getElement().removeAllChildren();
        main.getElement().appendChild(content.getElement());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        location = event.getLocation();
        Language language = ReaderLanguage.current();
        UI.getCurrent().getPage().executeJs("document.documentElement.lang = $0", language.tag());
        search.setPlaceholder(Texts.get(language, "search.placeholder"));
        search.setAriaLabel(Texts.get(language, "search.label"));
        search.setValue(location.getQueryParameters().getSingleParameter("q").orElse(""));
        skip.setText(Texts.get(language, "nav.skip"));
        languageSwitch.setText(Texts.get(language, "language.switch"));
        languageSwitch.setAriaLabel(Texts.get(language, "language.switch.label"));
        home.setHref("/?" + ReaderLanguage.PARAMETER + "=" + language.tag());
    }
}
