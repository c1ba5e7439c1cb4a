package dev.waymark.guide;

import dev.waymark.base.Check;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** How a contact point is reached, and what its value must look like. */
public enum ContactKind {
    /** A number to call, as dialled. */
    PHONE,
    /** A number to send a fax to, as dialled. */
    FAX,
    /** An email address. */
    EMAIL,
    /** A page with a form to fill in (http or https). */
    WEB_FORM,
    /** A page that finds the nearest store (http or https). */
    STORE_FINDER,
    /** Any other page (http or https). */
    WEBSITE,
    /** A postal address, as written on an envelope. */
    ADDRESS;

    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9*#][0-9 ()/*#.-]*");
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

    /** Throws with a message a person can act on unless {@code value} is a contact of this kind. */
    public void check(String value) {
        switch (this) {
            case PHONE, FAX -> Check.that(NUMBER.matcher(value).matches(), (this == FAX ? "a fax" : "a phone")
                    + " number may hold only digits, spaces, +, *, #, (, ), /, . and - (was '" + value + "')");
            case EMAIL -> Check.that(EMAIL_ADDRESS.matcher(value).matches(), "not an email address: '" + value + "'");
            case WEB_FORM, STORE_FINDER, WEBSITE -> Check.that(isWebAddress(value), (this == WEBSITE ? "a website"
                    : this == WEB_FORM ? "a web form" : "a store finder") + " must be an http or https address (was '"
                    + value + "')");
            case ADDRESS -> { }
        }
    }

    /** The link that opens {@code value}: {@code tel:}, {@code mailto:} or the page itself; null for a fax or an address. */
    public @Nullable String href(String value) {
        return switch (this) {
            case PHONE -> "tel:" + value.replaceAll("[^0-9+*#]", "").replace("#", "%23");
            case EMAIL -> "mailto:" + value;
            case WEB_FORM, STORE_FINDER, WEBSITE -> value;
            case FAX, ADDRESS -> null;
        };
    }

    /** True for an absolute http or https address with a host. */
    public static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
