package dev.waymark.guide.ui;

import dev.waymark.guide.Language;
import dev.waymark.guide.Situation;
import dev.waymark.guide.Slug;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Stable addresses of guides: the slug, then the reader's language and situation as parameters. */
public final class GuideLinks {

    private GuideLinks() {
    }

    /** e.g. {@code /guides/serbia-cancel-mobile-service?lang=en&card=esim&operator=rs-yettel}. */
    public static String of(Slug slug, Language language, Situation situation) {
        List<String> parameters = new ArrayList<>();
        parameters.add("lang=" + language.tag());
        if (situation.cardType() != null) {
            parameters.add("card=" + situation.cardType().key());
        }
        if (situation.operator() != null) {
            parameters.add("operator=" + encode(situation.operator().value()));
        }
        if (situation.platform() != null) {
            parameters.add("platform=" + situation.platform().key());
        }
        if (situation.way() != null) {
            parameters.add("way=" + situation.way().key());
        }
        return "/guides/" + slug.value() + "?" + String.join("&", parameters);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
