package dev.waymark.guide.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.waymark.base.ui.ReaderLanguage;
import dev.waymark.base.ui.Texts;
import dev.waymark.base.ui.TravelerLayout;
import dev.waymark.guide.CardType;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.GuideSummary;
import dev.waymark.guide.Language;
import dev.waymark.guide.ReaderGuides;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.Situation;
import dev.waymark.guide.WayKind;
import dev.waymark.operator.Operator;
import dev.waymark.search.SearchHit;
import dev.waymark.search.SearchService;
import dev.waymark.search.SnippetPart;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The home page: the countries with their guides, and search results when a query is given
 * ({@code ?q=}, with {@code country}, {@code card}, {@code operator} and {@code way} filters). A search
 * that finds nothing says so above the country list.
 */
@Route(value = "", layout = TravelerLayout.class)
@AnonymousAllowed
public class HomeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Queries longer than this are cut: nobody types more, and it bounds the work a request can cause. */
    static final int QUERY_MAX_LENGTH = 200;

    private final ReaderGuides guides;
    private final SearchService search;
    private Language language = Language.ZH_CN;
    private QueryParameters parameters = QueryParameters.empty();

    public HomeView(ReaderGuides guides, SearchService search) {
        this.guides = guides;
        this.search = search;
        addClassName("wm-home");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        parameters = event.getLocation().getQueryParameters();
        language = ReaderLanguage.resolve(parameters);
        String query = clean(parameters.getSingleParameter("q").orElse(""));
        removeAll();
        H1 title = new H1(Texts.get(language, "app.name"));
        add(title, new Paragraph(Texts.get(language, "app.tagline")));
        if (!query.isEmpty()) {
            add(results(query));
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
        CountryCode country = parameter("country").flatMap(HomeView::country).orElse(null);
        CardType card = parameter("card").flatMap(CardType::fromKey).orElse(null);
        OperatorCode operator = parameter("operator").flatMap(HomeView::operator)
                .filter(code -> country == null || code.country().equals(country)).orElse(null);
        WayKind way = parameter("way").flatMap(WayKind::fromKey).orElse(null);
        section.add(filters(country, card, operator, way));
        List<SearchHit> hits = search.search(query, language, country, card, operator, way);
        if (hits.isEmpty()) {
            Paragraph none = new Paragraph(Texts.get(language, "search.none", query));
            none.setId("search-none");
            section.add(none);
            return section;
        }
        H2 heading = new H2(Texts.get(language, "search.results", query));
        UnorderedList list = new UnorderedList();
        list.addClassName("wm-guide-list");
        list.setId("search-hits");
        for (SearchHit hit : hits) {
            Anchor link = new Anchor(GuideLinks.of(hit.slug(), hit.language(),
                    new Situation(card, operator, way, null)), hit.title());
            link.addClassName("wm-guide-link");
            Span meta = new Span(hit.country().displayName(language) + " · " + hit.cardTypes().stream().sorted()
                    .map(type -> type.label(language)).collect(Collectors.joining(" · ")));
            meta.addClassName("wm-meta");
            ListItem item = new ListItem(link, meta, snippet(hit.snippet()));
            item.addClassName("wm-hit");
            list.add(item);
        }
        section.add(heading, list);
        return section;
    }

    /** The snippet with matched words in {@code <mark>}; each part is text, escaped by Vaadin. */
    private static Paragraph snippet(List<SnippetPart> parts) {
        Paragraph snippet = new Paragraph();
        snippet.addClassName("wm-snippet");
        for (SnippetPart part : parts) {
            if (part.matched()) {
                Element mark = new Element("mark");
                mark.setText(part.text());
                snippet.getElement().appendChild(mark);
            } else {
                snippet.getElement().appendChild(Element.createText(part.text()));
            }
        }
        return snippet;
    }

    private Div filters(CountryCode country, CardType card, OperatorCode operator, WayKind way) {
        Map<OperatorCode, Operator> operators = guides.operators();
        Select<String> countryFilter = filter("filter-country", "search.country", "country",
                guides.byCountry(language).keySet().stream().map(CountryCode::value).toList(),
                key -> CountryCode.parse(key).displayName(language), country == null ? "" : country.value());
        Select<String> cardFilter = filter("filter-card", "guide.cardType", "card",
                java.util.Arrays.stream(CardType.values()).map(CardType::key).toList(),
                key -> CardType.fromKey(key).map(type -> type.label(language)).orElse(key), card == null ? "" : card.key());
        Select<String> operatorFilter = filter("filter-operator", "guide.operator", "operator",
                operators.values().stream().filter(o -> country == null || o.country().equals(country))
                        .sorted(java.util.Comparator.comparing((Operator o) -> o.country().value())
                                .thenComparing(Operator::name))
                        .map(o -> o.code().value()).toList(),
                key -> operator(key).map(operators::get).map(Operator::name).orElse(key),
                operator == null ? "" : operator.value());
        Select<String> wayFilter = filter("filter-way", "search.way", "way",
                java.util.Arrays.stream(WayKind.values()).map(WayKind::key).toList(),
                key -> WayKind.fromKey(key).map(kind -> kind.label(language)).orElse(key), way == null ? "" : way.key());
        Div filters = new Div(countryFilter, cardFilter, operatorFilter, wayFilter);
        filters.addClassName("wm-pickers");
        filters.setId("search-filters");
        return filters;
    }

    private Select<String> filter(String id, String labelKey, String parameter, List<String> keys,
                                  java.util.function.Function<String, String> label, String value) {
        Select<String> select = new Select<>();
        select.setId(id);
        select.setLabel(Texts.get(language, labelKey));
        List<String> items = new ArrayList<>(List.of(""));
        items.addAll(keys);
        select.setItems(items);
        select.setItemLabelGenerator(key -> key.isEmpty() ? Texts.get(language, "guide.any") : label.apply(key));
        select.setValue(items.contains(value) ? value : "");
        select.addValueChangeListener(event -> {
            Map<String, List<String>> next = new HashMap<>(parameters.getParameters());
            if (event.getValue() == null || event.getValue().isEmpty()) {
                next.remove(parameter);
            } else {
                next.put(parameter, List.of(event.getValue()));
            }
            UI.getCurrent().navigate("", new QueryParameters(next));
        });
        return select;
    }

    private Optional<String> parameter(String name) {
        return parameters.getSingleParameter(name).filter(value -> !value.isBlank());
    }

    private static Optional<CountryCode> country(String text) {
        try {
            return Optional.of(CountryCode.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<OperatorCode> operator(String text) {
        try {
            return Optional.of(new OperatorCode(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
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
