package dev.waymark.importer;

import dev.waymark.base.Check;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.GuideStatus;
import dev.waymark.guide.Slug;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON file guides are exported to and imported from:
 *
 * <pre>{@code
 * {
 *   "format": "waymark-guides",
 *   "version": 1,
 *   "guides": [
 *     { "slug": "serbia-cancel-mobile-service", "status": "PUBLISHED", "content": { ...GuideContent... } }
 *   ]
 * }
 * }</pre>
 *
 * {@code content} is a guide's whole content in the form revisions are stored in (see
 * {@link dev.waymark.base.DomainJson}): every language, sources, the unsorted part. {@code status} is written on
 * export for the reader's information and ignored on import: imported guides are always drafts. Unknown
 * properties are an error, so a typo cannot silently drop content.
 */
public record GuideBundle(String format, int version, List<Entry> guides) {

    public static final String FORMAT = "waymark-guides";
    public static final int VERSION = 1;

    public GuideBundle {
        guides = Check.list(guides, "guides");
    }

    /** One guide of the file. */
    public record Entry(Slug slug, @Nullable GuideStatus status, GuideContent content) {

        public Entry {
            Check.present(slug, "slug");
            Check.present(content, "content");
        }
    }
}
