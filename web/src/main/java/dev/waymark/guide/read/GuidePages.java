package dev.waymark.guide.read;

import dev.waymark.base.DatabaseDown;
import dev.waymark.base.http.CachedResponses;
import dev.waymark.base.http.Representation;
import dev.waymark.base.ui.OfferedLanguages;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.CardType;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.GuideViews;
import dev.waymark.guide.Language;
import dev.waymark.guide.Platform;
import dev.waymark.guide.PublishedReads;
import dev.waymark.guide.PublishedShortcuts;
import dev.waymark.guide.Situation;
import dev.waymark.guide.Slug;
import dev.waymark.guide.WayKind;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Serves a published guide to readers, in the reader's language and situation ({@code lang}, {@code card},
 * {@code operator}, {@code platform}, {@code way}; values that do not fit the guide are ignored):
 * {@code /guides/{slug}}, the guide page ({@link GuideDocument.Mode#PAGE}), and {@code /guides/{slug}/print}, the
 * same with no script. Both are rendered once per revision and variant and kept ({@link PublishedReads}); an unknown
 * guide is a 404 page. No session is read or made: a reader costs the server nothing between requests.
 */
@Controller
class GuidePages {

    static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final PublishedReads reads;
    private final PublishedShortcuts shortcuts;
    private final GuideViews views;
    private final ReaderShell shell;

    GuidePages(PublishedReads reads, PublishedShortcuts shortcuts, GuideViews views, ReaderShell shell) {
        this.reads = reads;
        this.shortcuts = shortcuts;
        this.views = views;
        this.shell = shell;
    }

    @GetMapping("/guides/{slug}")
    ResponseEntity<byte[]> page(@PathVariable String slug, @RequestParam(required = false) @Nullable String lang,
                                @RequestParam(required = false) @Nullable String card,
                                @RequestParam(required = false) @Nullable String operator,
                                @RequestParam(required = false) @Nullable String platform,
                                @RequestParam(required = false) @Nullable String way,
                                HttpServletRequest request, HttpServletResponse response) {
        return serve(GuideDocument.Mode.PAGE, slug, lang, card, operator, platform, way, request, response);
    }

    @GetMapping("/guides/{slug}/print")
    ResponseEntity<byte[]> print(@PathVariable String slug, @RequestParam(required = false) @Nullable String lang,
                                 @RequestParam(required = false) @Nullable String card,
                                 @RequestParam(required = false) @Nullable String operator,
                                 @RequestParam(required = false) @Nullable String platform,
                                 @RequestParam(required = false) @Nullable String way,
                                 HttpServletRequest request, HttpServletResponse response) {
        return serve(GuideDocument.Mode.PRINT, slug, lang, card, operator, platform, way, request, response);
    }

    private ResponseEntity<byte[]> serve(GuideDocument.Mode mode, String slug, @Nullable String lang,
                                         @Nullable String card, @Nullable String operator, @Nullable String platform,
                                         @Nullable String way, HttpServletRequest request,
                                         HttpServletResponse response) {
        String policy = policy(mode);
        response.setHeader("Content-Security-Policy", policy);
        Optional<Language> chosen = shell.languages().match(lang);
        Language language = chosen.orElseGet(() -> language(request, shell.languages()));
        String kind = mode.name().toLowerCase(Locale.ROOT);
        Optional<PublishedReads.Rendition> page = slug.matches("[a-z0-9]+(-[a-z0-9]+)*") && slug.length() <= Slug.MAX_LENGTH
                ? reads.rendition(new Slug(slug), kind, content -> PublishedReads.variant(language,
                        situation(content, card, operator, platform, way), content),
                        readable -> Representation.of(new GuideDocument(readable.guide(), language,
                                situation(readable.guide().content(), card, operator, platform, way), readable.operators(),
                                shell, mode).render().getBytes(StandardCharsets.UTF_8), HTML, readable.lastModified()))
                : Optional.empty();
        if (page.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).cacheControl(CacheControl.noStore())
                    .body(notFound(mode, language).getBytes(StandardCharsets.UTF_8));
        }
        GuideViews.Channel channel = mode == GuideDocument.Mode.PAGE ? GuideViews.Channel.VIEW : GuideViews.Channel.PRINT;
        views.viewed(new Slug(slug), language, channel);
        if (chosen.isPresent()) {
            shortcuts.remember(request, new Slug(slug), kind, page.get(), language, channel,
                    Map.of("Content-Security-Policy", policy));
        }
        return CachedResponses.respond(request, page.get().representation(), CachedResponses.PUBLISHED,
                chosen.isEmpty());
    }

    private static String policy(GuideDocument.Mode mode) {
        return mode == GuideDocument.Mode.PAGE ? ReaderShell.PAGE_POLICY : GuideDocument.PRINT_POLICY;
    }

    private String notFound(GuideDocument.Mode mode, Language language) {
        String message = Texts.get(language, "guide.notFound");
        if (mode == GuideDocument.Mode.PRINT) {
            return "<!doctype html><html lang=\"" + language.tag() + "\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>Waymark</title>"
                    + "</head><body><p>" + Html.escape(Texts.get(language, "print.notFound"))
                    + "</p><p><a href=\"/\">Waymark</a></p></body></html>";
        }
        Html html = new Html();
        html.raw("<!doctype html><html").attribute("lang", language.tag()).raw(" data-page=\"missing\"><head>")
                .raw("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .raw("<meta name=\"robots\" content=\"noindex\"><title>").text(message + " · Waymark").raw("</title>");
        shell.assetTags(html);
        html.raw("</head><body>");
        shell.header(html, language, "", other -> "/?lang=" + other.tag());
        html.raw("<main id=\"main\"><h1 id=\"not-found\">").text(message).raw("</h1><p><a").attribute("href",
                "/?lang=" + language.tag()).raw(">").text(Texts.get(language, "guide.backHome")).raw("</a></p></main>");
        shell.texts(html, language, "missing");
        html.raw("</body></html>");
        return html.toString();
    }

    /** The reader's situation; values that do not fit the guide are dropped, so each guide has few variants to keep. */
    static Situation situation(GuideContent content, @Nullable String card, @Nullable String operator,
                               @Nullable String platform, @Nullable String way) {
        return new Situation(
                card == null ? null : CardType.fromKey(card).filter(content.cardTypes()::contains).orElse(null),
                operator == null ? null : content.operators().stream().filter(code -> code.value().equals(operator))
                        .findFirst().orElse(null),
                way == null ? null : WayKind.fromKey(way).orElse(null),
                platform == null ? null : Platform.fromKey(platform).orElse(null));
    }

    /** The database is down: a plain page that says so (503), never a stack trace. */
    @ExceptionHandler({TransactionException.class, DataAccessException.class})
    ResponseEntity<String> unavailable(Exception e, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (!DatabaseDown.causes(e)) {
            throw e;
        }
        response.setHeader("Content-Security-Policy", GuideDocument.PRINT_POLICY);
        Language language = shell.languages().match(request.getParameter("lang"))
                .orElseGet(() -> language(request, shell.languages()));
        String page = "<!doctype html><html lang=\"" + language.tag() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>Waymark</title>"
                + "</head><body><main id=\"unavailable\"><h1>" + Html.escape(Texts.get(language, "unavailable.title"))
                + "</h1><p>" + Html.escape(Texts.get(language, "unavailable.text")) + "</p></main></body></html>";
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30").contentType(HTML)
                .cacheControl(CacheControl.noStore()).body(page);
    }

    /** The reader's remembered choice, else the browser's language, else the first offered language. */
    static Language language(HttpServletRequest request, OfferedLanguages offered) {
        return offered.forReader(request.getCookies(), request.getLocales());
    }
}
