package dev.waymark.guide;

import dev.waymark.base.Check;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A phone number, website, email address, postal address or fax number, optionally for one operator.
 *
 * @param value the number as dialled ({@code 0800 100 100}, {@code +381 60 1230}, {@code *123#}),
 *              an http(s) URL, an email address, a postal address, or a fax number ({@code 063/9001})
 * @param label what it is for, e.g. "customer service, free from mts numbers"
 */
public record ContactPoint(ContactKind kind, String value, LocalizedText label, @Nullable OperatorCode operator,
                           Evidence evidence) {

    public static final int VALUE_MAX_LENGTH = 300;
    public static final int LABEL_MAX_LENGTH = 300;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9*#][0-9 ()/*#.-]*");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

    public ContactPoint {
        Check.present(kind, "contact kind");
        value = Check.maxLength(Check.notBlank(value, "contact"), VALUE_MAX_LENGTH, "contact");
        label = label == null ? LocalizedText.EMPTY : label.checkMaxLength(LABEL_MAX_LENGTH, "contact label");
        evidence = evidence == null ? Evidence.UNVERIFIED : evidence;
        switch (kind) {
            case PHONE -> Check.that(PHONE.matcher(value).matches(),
                    "a phone number may hold only digits, spaces, +, *, #, (, ), /, . and - (was '" + value + "')");
            case FAX -> Check.that(PHONE.matcher(value).matches(),
                    "a fax number may hold only digits, spaces, +, *, #, (, ), /, . and - (was '" + value + "')");
            case EMAIL -> Check.that(EMAIL.matcher(value).matches(), "not an email address: '" + value + "'");
            case WEBSITE -> Check.that(isWebAddress(value), "a website must be an http or https address (was '" + value + "')");
            case ADDRESS -> { }
        }
    }

    /**
     * The link to open this contact: {@code tel:}, {@code mailto:} or the website itself; null for an address
     * and for a fax, which a phone cannot call.
     */
    public @Nullable String href() {
        return switch (kind) {
            case PHONE -> "tel:" + value.replaceAll("[^0-9+*#]", "").replace("#", "%23");
            case EMAIL -> "mailto:" + value;
            case WEBSITE -> value;
            case ADDRESS, FAX -> null;
        };
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
