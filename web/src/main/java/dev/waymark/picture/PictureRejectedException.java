package dev.waymark.picture;

import dev.waymark.base.ui.Texts;
import dev.waymark.guide.Language;
import java.util.Arrays;
import java.util.MissingResourceException;

/**
 * An upload that was refused, and why ({@link #reason()}); nothing was stored. {@link #getMessage()} is the English
 * message; {@link #message(Language)} says it in another language, from the message files.
 */
public class PictureRejectedException extends RuntimeException {

    private final Rejection reason;
    private final Object[] arguments;

    public PictureRejectedException(Rejection reason, Object... arguments) {
        super(Texts.get(Language.EN, reason.messageKey(), arguments));
        this.reason = reason;
        this.arguments = arguments.clone();
    }

    public Rejection reason() {
        return reason;
    }

    /** The message for a person reading {@code language}, or in English when that language has none. */
    public String message(Language language) {
        try {
            return Texts.get(language, reason.messageKey(), arguments);
        } catch (MissingResourceException e) {
            return getMessage();
        }
    }

    @Override
    public String toString() {
        return "PictureRejectedException[" + reason + ", " + Arrays.toString(arguments) + "]";
    }
}
