package dev.waymark.guide;

import dev.waymark.base.Check;
import org.jspecify.annotations.Nullable;
import java.time.LocalDate;

/**
 * Which guides the editors' list shows, in any status. Null parts filter nothing.
 *
 * @param reviewDueBy only guides whose review is due on or before this day
 * @param text words that must occur in the slug or the title, in any language (a plain substring match)
 */
public record GuideListFilter(@Nullable CountryCode country, @Nullable GuideStatus status,
                              @Nullable LocalDate reviewDueBy, @Nullable String text) {

    public static final int TEXT_MAX_LENGTH = 200;
    public static final GuideListFilter ALL = new GuideListFilter(null, null, null, null);

    public GuideListFilter {
        text = text == null || text.isBlank() ? null : Check.maxLength(text.strip(), TEXT_MAX_LENGTH, "filter text");
    }
}
