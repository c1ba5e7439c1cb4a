package dev.waymark.guide.read;

import dev.waymark.base.http.CachedResponses;
import dev.waymark.base.http.Representation;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.CardType;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.GuideSummary;
import dev.waymark.guide.Language;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.ReaderGuides;
import dev.waymark.guide.Situation;
import dev.waymark.guide.WayKind;
import dev.waymark.guide.ui.GuideLinks;
import dev.waymark.operator.Operator;
import dev.waymark.search.SearchHit;
import dev.waymark.search.SearchService;
import dev.waymark.search.SnippetPart;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The home page ({@code /}: the countries with their guides, and the guides saved on this phone when offline) and
 * search results ({@code /search?q=}, with {@code country}, {@code card}, {@code operator} and {@code way} filters),
 * as plain HTML the reader script adds results-as-you-type to. A search submitted here is a settled query, so one
 * that finds nothing is counted for editors; the script's searches while typing are not.
 */
@Controller
class HomePages {

    private final ReaderGuides guides;
    private final SearchService search;
    private final ReaderShell shell;

    HomePages(ReaderGuides guides, SearchService search, ReaderShell shell) {
        this.guides = guides;
        this.search = search;
        this.shell = shell;
    }

    /** The home page; readers reach it as {@code /} ({@link HomeRoute}). */
    @GetMapping(HomeRoute.PATH)
    ResponseEntity<byte[]> home(@RequestParam(required = false) @Nullable String lang, HttpServletRequest request,
                                HttpServletResponse response) {
        Optional<Language> chosen = shell.languages().match(lang);
        Language language = chosen.orElseGet(() -> GuidePages.language(request, shell.languages()));
        Html html = start(language, Texts.get(language, "app.name") + " — " + Texts.get(language, "app.tagline"),
                "/?lang=" + language.tag(), "", other -> "/?lang=" + other.tag(), "home");
        html.raw("<h1>").text(Texts.get(language, "app.name")).raw("</h1><p>").text(Texts.get(language, "app.tagline"))
                .raw("</p><section id=\"saved\" class=\"sec\" hidden></section>");
        countries(html, language, guides.byCountry(language));
        return finish(html, language, "home", request, response, chosen.isEmpty());
    }

    @GetMapping("/search")
    ResponseEntity<byte[]> search(@RequestParam(required = false) @Nullable String q,
                                  @RequestParam(required = false) @Nullable String lang,
                                  @RequestParam(required = false) @Nullable String country,
                                  @RequestParam(required = false) @Nullable String card,
                                  @RequestParam(required = false) @Nullable String operator,
                                  @RequestParam(required = false) @Nullable String way,
                                  HttpServletRequest request, HttpServletResponse response) {
        Optional<Language> chosen = shell.languages().match(lang);
        Language language = chosen.orElseGet(() -> GuidePages.language(request, shell.languages()));
        String query = SearchService.clean(q);
        CountryCode countryCode = parse(country, CountryCode::parse);
        CardType cardType = card == null ? null : CardType.fromKey(card).orElse(null);
        OperatorCode operatorCode = parse(operator, OperatorCode::new);
        if (operatorCode != null && countryCode != null && !operatorCode.country().equals(countryCode)) {
            operatorCode = null;
        }
        WayKind wayKind = way == null ? null : WayKind.fromKey(way).orElse(null);
        Html html = start(language, (query.isEmpty() ? Texts.get(language, "search.label")
                : Texts.get(language, "search.results", query)) + " · Waymark", "/search?lang=" + language.tag(), query,
                other -> "/search?lang=" + other.tag() + "&q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8),
                "search");
        html.raw("<h1 id=\"search-title\">").text(Texts.get(language, "search.title")).raw("</h1>");
        Map<CountryCode, List<GuideSummary>> byCountry = guides.byCountry(language);
        filters(html, language, query, byCountry.keySet(), countryCode, cardType, operatorCode, wayKind);
        html.raw("<section id=\"search-results\" aria-live=\"polite\">");
        if (!query.isEmpty()) {
            List<SearchHit> hits = search.search(query, language, countryCode, cardType, operatorCode, wayKind);
            results(html, language, query, hits, new Situation(cardType, operatorCode, wayKind, null));
        }
        html.raw("</section>");
        countries(html, language, byCountry);
        return finish(html, language, "search", request, response, chosen.isEmpty());
    }

    private Html start(Language language, String title, String canonical, String query,
                       Function<Language, String> otherLanguage,
                       String page) {
        Html html = new Html();
        html.raw("<!doctype html><html").attribute("lang", language.tag()).attribute("data-page", page)
                .raw("><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .raw("<title>").text(title).raw("</title><meta name=\"description\"")
                .attribute("content", Texts.get(language, "app.tagline")).raw("><link rel=\"canonical\"")
                .attribute("href", shell.absolute(canonical)).raw(">");
        shell.previewTags(html, title, Texts.get(language, "app.tagline"), shell.absolute(canonical), language, "website");
        shell.assetTags(html);
        html.raw("</head><body>");
        shell.header(html, language, query, otherLanguage);
        html.raw("<main id=\"main\">");
        return html;
    }

    private ResponseEntity<byte[]> finish(Html html, Language language, String page, HttpServletRequest request,
                                          HttpServletResponse response, boolean negotiated) {
        html.raw("</main>");
        shell.texts(html, language, page);
        html.raw("</body></html>");
        response.setHeader("Content-Security-Policy", ReaderShell.PAGE_POLICY);
        Representation representation = Representation.of(html.toString().getBytes(StandardCharsets.UTF_8),
                GuidePages.HTML, Instant.now());
        return CachedResponses.respond(request, representation,
                CacheControl.noCache().cachePublic(), negotiated);
    }

    private void filters(Html html, Language language, String query, java.util.Set<CountryCode> published,
                         @Nullable CountryCode country,
                         @Nullable CardType card, @Nullable OperatorCode operator, @Nullable WayKind way) {
        Map<OperatorCode, Operator> operators = guides.operators();
        html.raw("<form id=\"search-filters\" class=\"pickers filters\" action=\"/search\" method=\"get\">")
                .raw("<input type=\"hidden\" name=\"lang\"").attribute("value", language.tag()).raw(">")
                .raw("<input type=\"hidden\" name=\"q\"").attribute("value", query).raw(">");
        Map<String, String> countries = new LinkedHashMap<>();
        published.forEach(code -> countries.put(code.value(), code.displayName(language)));
        select(html, language, "filter-country", "country", "search.country", countries, country == null ? "" : country.value());
        Map<String, String> cards = new LinkedHashMap<>();
        Arrays.stream(CardType.values()).forEach(type -> cards.put(type.key(), type.label(language)));
        select(html, language, "filter-card", "card", "guide.cardType", cards, card == null ? "" : card.key());
        Map<String, String> named = new LinkedHashMap<>();
        operators.values().stream().filter(o -> country == null || o.country().equals(country))
                .sorted(Comparator.comparing((Operator o) -> o.country().value()).thenComparing(Operator::name))
                .forEach(o -> named.put(o.code().value(), o.name()));
        select(html, language, "filter-operator", "operator", "guide.operator", named,
                operator == null ? "" : operator.value());
        Map<String, String> ways = new LinkedHashMap<>();
        Arrays.stream(WayKind.values()).forEach(kind -> ways.put(kind.key(), kind.label(language)));
        select(html, language, "filter-way", "way", "search.way", ways, way == null ? "" : way.key());
        html.raw("<button type=\"submit\" class=\"apply\">").text(Texts.get(language, "search.label")).raw("</button></form>");
    }

    private static void select(Html html, Language language, String id, String name, String labelKey,
                               Map<String, String> options, String value) {
        html.raw("<label>").text(Texts.get(language, labelKey)).raw("<select").attribute("id", id)
                .attribute("name", name).raw("><option value=\"\">").text(Texts.get(language, "guide.any")).raw("</option>");
        options.forEach((key, label) -> {
            html.raw("<option").attribute("value", key);
            if (key.equals(value)) {
                html.raw(" selected");
            }
            html.raw(">").text(label).raw("</option>");
        });
        html.raw("</select></label>");
    }

    private static void results(Html html, Language language, String query, List<SearchHit> hits, Situation situation) {
        if (hits.isEmpty()) {
            html.raw("<p id=\"search-none\">").text(Texts.get(language, "search.none", query)).raw("</p>");
            return;
        }
        html.raw("<h2>").text(Texts.get(language, "search.results", query)).raw("</h2><ul class=\"guides\" id=\"search-hits\">");
        for (SearchHit hit : hits) {
            html.raw("<li class=\"hit\"><a class=\"guide-link\"").attribute("href",
                    GuideLinks.of(hit.slug(), hit.language(), situation)).raw(">").text(hit.title()).raw("</a> ")
                    .raw("<span class=\"m\">").text(hit.country().displayName(language) + " · " + hit.cardTypes().stream()
                            .sorted().map(type -> type.label(language)).collect(Collectors.joining(" · ")))
                    .raw("</span><p class=\"snippet\">");
            for (SnippetPart part : hit.snippet()) {
                if (part.matched()) {
                    html.raw("<mark>").text(part.text()).raw("</mark>");
                } else {
                    html.text(part.text());
                }
            }
            html.raw("</p></li>");
        }
        html.raw("</ul>");
    }

    private static void countries(Html html, Language language, Map<CountryCode, List<GuideSummary>> byCountry) {
        html.raw("<section id=\"countries\" class=\"sec\">");
        if (byCountry.isEmpty()) {
            html.element("p", "", Texts.get(language, "home.empty")).raw("</section>");
            return;
        }
        html.element("h2", "", Texts.get(language, "home.countries"));
        byCountry.forEach((country, list) -> {
            html.raw("<div class=\"country\"").attribute("id", "country-" + country.value()).raw("><h3>")
                    .text(country.displayName(language)).raw("</h3><ul class=\"guides\">");
            for (GuideSummary summary : list) {
                html.raw("<li><a class=\"guide-link\"").attribute("href",
                        GuideLinks.of(summary.slug(), language, Situation.ANY)).raw(">").text(summary.title())
                        .raw("</a> <span class=\"m\">").text(summary.cardTypes().stream().sorted()
                                .map(type -> type.label(language)).collect(Collectors.joining(" · "))).raw("</span></li>");
            }
            html.raw("</ul></div>");
        });
        html.raw("</section>");
    }

    private static <T> @Nullable T parse(@Nullable String text, Function<String, T> parser) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

}
