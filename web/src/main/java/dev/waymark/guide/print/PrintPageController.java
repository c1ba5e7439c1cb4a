package dev.waymark.guide.print;

import dev.waymark.base.DatabaseDown;
import dev.waymark.base.http.CachedResponses;
import dev.waymark.base.http.Representation;
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
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Serves {@code /guides/{slug}/print}: the published guide as plain HTML in the reader's language and
 * situation ({@code lang}, {@code card}, {@code operator}, {@code platform}, {@code way}, as on the
 * interactive page). Values that do not fit the guide are ignored, as they are there. Every answer carries
 * {@link PrintPage#CONTENT_SECURITY_POLICY}: no script at all, only the page's own stylesheet.
 */
@Controller
class PrintPageController {

    private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

    private final PublishedReads reads;
    private final PublishedShortcuts shortcuts;
    private final GuideViews views;
    private final String baseUrl;

    PrintPageController(PublishedReads reads, PublishedShortcuts shortcuts, GuideViews views,
                        @Value("${waymark.base-url}") String baseUrl) {
        this.reads = reads;
        this.shortcuts = shortcuts;
        this.views = views;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/guides/{slug}/print")
    ResponseEntity<byte[]> print(@PathVariable String slug, @RequestParam(required = false) @Nullable String lang,
                                 @RequestParam(required = false) @Nullable String card,
                                 @RequestParam(required = false) @Nullable String operator,
                                 @RequestParam(required = false) @Nullable String platform,
                                 @RequestParam(required = false) @Nullable String way,
                                 HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", PrintPage.CONTENT_SECURITY_POLICY);
        Optional<Language> chosen = lang == null ? Optional.empty() : Language.fromTag(lang);
        Language language = chosen.orElseGet(() -> language(request));
        Optional<PublishedReads.Rendition> page = slug.matches("[a-z0-9]+(-[a-z0-9]+)*") && slug.length() <= Slug.MAX_LENGTH
                ? reads.rendition(new Slug(slug), "print", content -> PublishedReads.variant(language,
                        situation(content, card, operator, platform, way), content),
                        readable -> Representation.of(new PrintPage(readable.guide(), language,
                                situation(readable.guide().content(), card, operator, platform, way), readable.operators(),
                                baseUrl).render().getBytes(StandardCharsets.UTF_8), HTML, readable.lastModified()))
                : Optional.empty();
        if (page.isEmpty()) {
            String notFound = "<!doctype html><html lang=\"" + language.tag() + "\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>Waymark</title>"
                    + "</head><body><p>" + Html.escape(dev.waymark.base.ui.Texts.get(language, "print.notFound"))
                    + "</p><p><a href=\"/\">Waymark</a></p></body></html>";
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML)
                    .body(notFound.getBytes(StandardCharsets.UTF_8));
        }
        views.viewed(new Slug(slug), language, GuideViews.Channel.PRINT);
        if (chosen.isPresent()) {
            shortcuts.remember(request, new Slug(slug), "print", page.get(), language, GuideViews.Channel.PRINT,
                    Map.of("Content-Security-Policy", PrintPage.CONTENT_SECURITY_POLICY));
        }
        return CachedResponses.respond(request, page.get().representation(), CachedResponses.PUBLISHED,
                chosen.isEmpty());
    }

    /** The reader's situation; values that do not fit the guide are dropped, so each guide has few variants to keep. */
    private static Situation situation(GuideContent content, @Nullable String card, @Nullable String operator,
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
        response.setHeader("Content-Security-Policy", PrintPage.CONTENT_SECURITY_POLICY);
        Language language = Optional.ofNullable(request.getParameter("lang")).flatMap(Language::fromTag)
                .orElseGet(() -> language(request));
        String page = "<!doctype html><html lang=\"" + language.tag() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>Waymark</title>"
                + "</head><body><h1>" + Html.escape(dev.waymark.base.ui.Texts.get(language, "unavailable.title"))
                + "</h1><p>" + Html.escape(dev.waymark.base.ui.Texts.get(language, "unavailable.text")) + "</p></body></html>";
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30").contentType(HTML)
                .body(page);
    }

    /** The reader's remembered choice, else the browser's language, else Chinese. */
    private static Language language(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if ("waymark-lang".equals(cookie.getName())) {
                    Optional<Language> remembered = Language.fromTag(cookie.getValue());
                    if (remembered.isPresent()) {
                        return remembered.get();
                    }
                }
            }
        }
        Enumeration<Locale> locales = request.getLocales();
        while (locales.hasMoreElements()) {
            Optional<Language> browser = Language.fromTag(locales.nextElement().toLanguageTag());
            if (browser.isPresent()) {
                return browser.get();
            }
        }
        return Language.ZH_CN;
    }
}
