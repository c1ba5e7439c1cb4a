package dev.waymark.guide.read;

import dev.waymark.base.ui.OfferedLanguages;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.Language;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What every reader page shares: the head (preview tags, the app's stylesheet, script and manifest), the bar at
 * the top (home, search, language), the texts the script needs, and the pages' Content-Security-Policy.
 */
@Component
class ReaderShell {

    /**
     * Reader pages run only the app's own script and style, from this origin; they talk only to this origin (the
     * JSON API) and may register the service worker. Nothing inline runs: the texts for the script are JSON.
     */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** The texts the reader script shows, by the key it uses (each is a message {@code client.<key>}). */
    private static final List<String> CLIENT_TEXTS = List.of("stepOf", "progress", "wayDone", "finished", "finish",
            "followOn", "followOff", "offlineSave", "offlineSaved", "offlineRemove", "offlineNow", "offlineSavedAt",
            "offlineNotSaved", "offlineHome", "offlineNone", "update", "updateAvailable", "updating", "reportThanks",
            "reportFailed", "reportRateLimited", "feedbackThanks", "situationLoading", "situationOffline",
            "searchNone", "searchResults", "searchOffline", "savedGuides",
            // Pictures in the offline copy (issue 14)
            "offlinePictures", "offlinePicturesOver", "offlinePicturesAnyway", "offlinePicturesPending");

    private final ReaderAssets assets;
    private final String baseUrl;
    private final OfferedLanguages languages;

    ReaderShell(ReaderAssets assets, @Value("${waymark.base-url}") String baseUrl, OfferedLanguages languages) {
        this.assets = assets;
        this.languages = languages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String absolute(String path) {
        return baseUrl + path;
    }

    /** Open Graph and Twitter tags, so a link shared in a chat app shows the title and summary. */
    void previewTags(Html html, String title, String description, String url, Language language, String type) {
        html.raw("<meta property=\"og:type\"").attribute("content", type).raw(">")
                .raw("<meta property=\"og:site_name\" content=\"Waymark\">")
                .raw("<meta property=\"og:title\"").attribute("content", title).raw(">")
                .raw("<meta property=\"og:description\"").attribute("content", description).raw(">")
                .raw("<meta property=\"og:url\"").attribute("content", url).raw(">")
                .raw("<meta property=\"og:locale\"").attribute("content", language.tag().replace('-', '_')).raw(">")
                .raw("<meta property=\"og:image\"").attribute("content", absolute(assets.url("icon-512.png"))).raw(">")
                .raw("<meta name=\"twitter:card\" content=\"summary\">");
    }

    /** The stylesheet, the script (a module: it never blocks the first paint), the manifest and the icon. */
    void assetTags(Html html) {
        html.raw("<meta name=\"theme-color\" content=\"#0b57d0\">")
                .raw("<link rel=\"icon\" type=\"image/svg+xml\"").attribute("href", assets.url("icon.svg")).raw(">")
                .raw("<link rel=\"apple-touch-icon\"").attribute("href", assets.url("icon-192.png")).raw(">")
                .raw("<link rel=\"manifest\" href=\"/manifest.webmanifest\">")
                .raw("<link rel=\"stylesheet\"").attribute("href", assets.url("app.css")).raw(">")
                .raw("<script type=\"module\"").attribute("src", assets.url("app.js")).raw("></script>");
    }

    /**
     * The bar at the top: home, the search box (a plain form), and the languages the instance offers, as a menu
     * that works without the script ({@code <details>}), each a link to the same page in that language.
     */
    void header(Html html, Language language, String query, Function<Language, String> hrefIn) {
        html.raw("<header class=\"bar\"><a class=\"skip\" href=\"#main\">").text(Texts.get(language, "nav.skip"))
                .raw("</a><a class=\"brand\" id=\"home-link\"").attribute("href", "/?lang=" + language.tag())
                .raw(">Waymark</a><form class=\"search\" role=\"search\" action=\"/search\" method=\"get\">")
                .raw("<input type=\"hidden\" name=\"lang\"").attribute("value", language.tag()).raw(">")
                .raw("<input id=\"search\" type=\"search\" name=\"q\" autocomplete=\"off\" enterkeyhint=\"search\" "
                        + "maxlength=\"200\"").attribute("value", query)
                .attribute("placeholder", Texts.get(language, "search.placeholder"))
                .attribute("aria-label", Texts.get(language, "search.label")).raw("></form>")
                .raw("<details id=\"language-menu\"><summary id=\"language-switch\"")
                .attribute("aria-label", Texts.get(language, "language.menu.label")).raw(">")
                .text(languages.name(language)).raw("</summary><ul>");
        for (Language other : languages.others(language)) {
            html.raw("<li><a").attribute("href", hrefIn.apply(other)).attribute("hreflang", other.tag())
                    .attribute("lang", other.tag()).attribute("data-lang", other.tag()).raw(">")
                    .text(languages.name(other)).raw("</a></li>");
        }
        html.raw("</ul></details></header>");
    }

    /** The languages this instance offers readers. */
    OfferedLanguages languages() {
        return languages;
    }

    /** The texts the script needs, as JSON data (not a script: the page's policy runs no inline code). */
    void texts(Html html, Language language, String page) {
        StringBuilder json = new StringBuilder("{\"page\":\"").append(page).append('"');
        for (String key : CLIENT_TEXTS) {
            json.append(",\"").append(key).append("\":\"").append(jsonString(Texts.get(language, "client." + key)))
                    .append('"');
        }
        json.append(",\"locale\":\"").append(language.tag()).append("\"}");
        // "</" cannot occur: jsonString escapes "<".
        html.raw("<script type=\"application/json\" id=\"wm-texts\">").raw(json.toString()).raw("</script>");
    }

    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    static String sha256(String text) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
