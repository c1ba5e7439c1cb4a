package dev.waymark.guide;

import dev.waymark.base.Check;
import org.jspecify.annotations.Nullable;

/**
 * A phone or fax number, web page, email address or postal address, optionally for one operator.
 *
 * @param value the number as dialled ({@code 0800 100 100}, {@code +381 60 1230}, {@code *123#}),
 *              an http(s) URL, an email address, a postal address, or a fax number ({@code 063/9001})
 * @param label what it is for, e.g. "customer service, free from mts numbers"
 */
public record ContactPoint(ContactKind kind, String value, LocalizedText label, @Nullable OperatorCode operator,
                           Evidence evidence) {

    public static final int VALUE_MAX_LENGTH = 300;
    public static final int LABEL_MAX_LENGTH = 300;

    public ContactPoint {
        Check.present(kind, "contact kind");
        value = Check.maxLength(Check.notBlank(value, "contact"), VALUE_MAX_LENGTH, "contact");
        label = label == null ? LocalizedText.EMPTY : label.checkMaxLength(LABEL_MAX_LENGTH, "contact label");
        evidence = evidence == null ? Evidence.UNVERIFIED : evidence;
        kind.check(value);
    }

    /** The link to open this contact: {@code tel:}, {@code mailto:} or the page itself; null for a fax or an address. */
    public @Nullable String href() {
        return kind.href(value);
    }
}
