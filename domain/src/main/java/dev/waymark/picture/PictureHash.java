package dev.waymark.picture;

import dev.waymark.base.Check;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The name of a picture: the SHA-256 of its kept master's bytes, as 64 lower-case hexadecimal characters. The same
 * master always has the same name, so a picture is stored once however often it is uploaded, and a URL holding the
 * name can be cached forever.
 */
public record PictureHash(String value) {

    /** Length of {@link #value()}. */
    public static final int LENGTH = 64;

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public PictureHash {
        Check.present(value, "picture hash");
        Check.that(HEX.matcher(value).matches(),
                "a picture hash is 64 lower-case hexadecimal characters (a SHA-256), was '" + shorten(value) + "'");
    }

    /** The hash of {@code bytes}. */
    public static PictureHash of(byte[] bytes) {
        try {
            return new PictureHash(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether {@code text} is a well-formed hash, for parsing addresses without exceptions. */
    public static boolean isValid(String text) {
        return HEX.matcher(text).matches();
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    @Override
    public String toString() {
        return value;
    }
}
