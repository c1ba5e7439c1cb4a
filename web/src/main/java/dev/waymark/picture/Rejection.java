package dev.waymark.picture;

import java.util.Locale;

/** Why an upload was refused; each has a message in the message files ({@code picture.rejected.*}). */
public enum Rejection {
    /** Nothing was sent. */
    EMPTY,
    /** More bytes than the limit ({@code waymark.pictures.max-bytes}). */
    TOO_LARGE,
    /** Not a JPEG, PNG or WebP by its content (SVG, HTML, GIF, PDF, ...). */
    NOT_A_PICTURE,
    /** Markup (HTML, SVG, script) where a browser would look for it, even with a picture's signature. */
    MARKUP,
    /** Data after the picture's end (a polyglot, or a "motion photo" carrying a video). */
    TRAILING_DATA,
    /** The file ends before the picture does. */
    TRUNCATED,
    /** More pixels than the limit ({@code waymark.pictures.max-pixels}), said by the header, before decoding. */
    TOO_MANY_PIXELS,
    /** It looks like a picture but does not decode. */
    UNREADABLE;

    /** The key of the message in {@code i18n/messages_*.properties}, such as {@code picture.rejected.too-large}. */
    public String messageKey() {
        return "picture.rejected." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
