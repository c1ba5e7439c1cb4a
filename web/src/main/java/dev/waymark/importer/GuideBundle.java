package dev.waymark.importer;

import dev.waymark.base.Check;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.GuideStatus;
import dev.waymark.guide.Slug;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 *   ],
 *   "pictures": { "3f9a61c2...": "iVBORw0KGgo..." }
 * }
 * }</pre>
 *
 * {@code content} is a guide's whole content in the form revisions are stored in (see
 * {@link dev.waymark.base.DomainJson}): every language, sources, the unsorted part. {@code status} is written on
 * export for the reader's information and ignored on import: imported guides are always drafts. Unknown
 * properties are an error, so a typo cannot silently drop content.
 *
 * <p>{@code pictures} carries the master of every picture the guides reference, base64, by its hash (the SHA-256
 * of those bytes); importing keeps each byte for byte, under the same hash. It is written only when the guides
 * reference pictures, so a file without pictures is exactly what older versions wrote and read; an older version
 * refuses a file with pictures ("unknown property 'pictures'") rather than import guides without them.
 */
public record GuideBundle(String format, int version, List<Entry> guides, Map<String, byte[]> pictures) {

    public static final String FORMAT = "waymark-guides";
    public static final int VERSION = 1;

    public GuideBundle {
        guides = Check.list(guides, "guides");
        // Sorted by hash: the same guides always give the same file.
        pictures = pictures == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(pictures));
    }

    /** One guide of the file. */
    public record Entry(Slug slug, @Nullable GuideStatus status, GuideContent content) {

        public Entry {
            Check.present(slug, "slug");
            Check.present(content, "content");
        }
    }
}
