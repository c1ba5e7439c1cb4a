package dev.waymark.operator;

import dev.waymark.base.Check;
import dev.waymark.guide.CountryCode;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which operators the registry's list shows. Null parts filter nothing.
 *
 * @param reviewDueBy only operators whose review is due on or before this day
 * @param text        words that must occur in the code, the name, a former name or the brand owner (case-insensitive)
 */
public record OperatorFilter(@Nullable CountryCode country, @Nullable OperatorStatus status,
                             @Nullable LocalDate reviewDueBy, @Nullable String text) {

    public static final int TEXT_MAX_LENGTH = 100;
    public static final OperatorFilter ALL = new OperatorFilter(null, null, null, null);

    public OperatorFilter {
        text = text == null || text.isBlank() ? null
                : Check.maxLength(text.strip(), TEXT_MAX_LENGTH, "filter text").toLowerCase(Locale.ROOT);
    }

    public boolean test(Operator operator) {
        return (country == null || operator.country().equals(country))
                && (status == null || operator.status() == status)
                && (reviewDueBy == null || operator.reviewDueBy(reviewDueBy))
                && (text == null || mentions(operator));
    }

    private boolean mentions(Operator operator) {
        return contains(operator.code().value()) || contains(operator.name())
                || (operator.brandOwner() != null && contains(operator.brandOwner()))
                || operator.formerNames().stream().anyMatch(former -> contains(former.name()));
    }

    private boolean contains(String value) {
        return text != null && value.toLowerCase(Locale.ROOT).contains(text);
    }
}
