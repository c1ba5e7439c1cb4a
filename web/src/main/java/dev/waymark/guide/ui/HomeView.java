package dev.waymark.guide.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.waymark.base.ui.ReaderLanguage;
import dev.waymark.base.ui.Texts;
import dev.waymark.base.ui.TravelerLayout;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.GuideFilter;
import dev.waymark.guide.GuideSummary;
import dev.waymark.guide.Language;
import dev.waymark.guide.ReaderGuides;
import dev.waymark.guide.Situation;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The home page: the countries with their guides, and search results when a query is given ({@code ?q=}). */
@Route(value = "", layout = TravelerLayout.class)
@AnonymousAllowed
public class HomeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Queries longer than this are cut: nobody types more, and it bounds the work a request can cause. */
    static final int QUERY_MAX_LENGTH = 200;

    private final ReaderGuides guides;
    private Language language = Language.ZH_CN;

    public HomeView(ReaderGuides guides) {
        this.guides = guides;
        addClassName("wm-home");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        language = ReaderLanguage.resolve(event.getLocation().getQueryParameters());
        String query = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("").strip();
        removeAll();
        H1 title = new H1(Texts.get(language, "app.name"));
        add(title, new Paragraph(Texts.get(language, "app.tagline")));
        if (!query.isEmpty()) {
            add(results(clean(query)));
        }
        add(countries());
    }

    /** Keeps only what can be searched for: no control characters (NUL...), at most QUERY_MAX_LENGTH characters. */
    static String clean(String query) {
        String printable = query.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        return printable.length() > QUERY_MAX_LENGTH ? printable.substring(0, QUERY_MAX_LENGTH) : printable;
    }

    private Section results(String query) {
        Section section = new Section();
        section.setId("search-results");
        List<GuideSummary> found = query.isEmpty() ? List.of()
                : guides.list(new GuideFilter(null, null, null, language, query));
        if (found.isEmpty()) {
            section.add(new Paragraph(Texts.get(language, "search.none", query)));
        } else {
            section.add(new H2(Texts.get(language, "search.results", query)), guideList(found));
        }
        return section;
    }

    private Section countries() {
        Section section = new Section();
        section.setId("countries");
        Map<CountryCode, List<GuideSummary>> byCountry = guides.byCountry(language);
        if (byCountry.isEmpty()) {
            section.add(new Paragraph(Texts.get(language, "home.empty")));
            return section;
        }
        section.add(new H2(Texts.get(language, "home.countries")));
        byCountry.forEach((country, list) -> {
            Div card = new Div();
            card.addClassName("wm-country");
            card.setId("country-" + country.value());
            H2 name = new H2(country.displayName(language));
            name.addClassName("wm-country-name");
            card.add(name, guideList(list));
            section.add(card);
        });
        return section;
    }

    private UnorderedList guideList(List<GuideSummary> list) {
        UnorderedList ul = new UnorderedList();
        ul.addClassName("wm-guide-list");
        for (GuideSummary summary : list) {
            Anchor link = new Anchor(GuideLinks.of(summary.slug(), language, Situation.ANY), summary.title());
            link.addClassName("wm-guide-link");
            String cards = summary.cardTypes().stream().sorted().map(type -> type.label(language))
                    .collect(Collectors.joining(" · "));
            Span meta = new Span(summary.country().displayName(language) + " · " + cards);
            meta.addClassName("wm-meta");
            ul.add(new ListItem(link, meta));
        }
        return ul;
    }

    @Override
    public String getPageTitle() {
        return Texts.get(language, "app.name") + " — " + Texts.get(language, "app.tagline");
    }

}
