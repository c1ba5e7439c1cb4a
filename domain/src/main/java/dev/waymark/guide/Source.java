package dev.waymark.guide;

import dev.waymark.base.Check;
import java.net.URI;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where a fact comes from: a page with its title and the date it was read.
 *
 * @param official true for an operator's or regulator's own page, false for press or third parties
 * @param readOn the date the page was read; null when not recorded
 */
public record Source(SourceKey key, URI url, String title, boolean official, @Nullable LocalDate readOn) {

    public static final int TITLE_MAX_LENGTH = 300;

    public Source {
        Check.present(key, "source key");
        Check.present(url, "source URL");
        Check.that("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()),
                "source URL must be an http or https address (was '" + url + "')");
        title = Check.maxLength(Check.notBlank(title, "source title"), TITLE_MAX_LENGTH, "source title");
    }
}
