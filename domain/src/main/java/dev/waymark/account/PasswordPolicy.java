package dev.waymark.account;

import dev.waymark.base.Check;
import java.nio.charset.StandardCharsets;

/** What a new password must be: long enough to resist guessing, short enough for bcrypt to use all of it. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused. */
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** Returns the password unchanged (spaces count); throws with a message a person can act on. */
    public static String check(String password) {
        Check.that(password != null && !password.isEmpty(), "a password is required");
        Check.that(password.codePointCount(0, password.length()) >= MIN_LENGTH,
                "a password must be at least " + MIN_LENGTH + " characters");
        Check.that(password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES,
                "a password must be at most " + MAX_BYTES + " bytes (72 Latin letters or 24 Chinese characters)");
        Check.that(!password.isBlank(), "a password must not be only spaces");
        return password;
    }
}
