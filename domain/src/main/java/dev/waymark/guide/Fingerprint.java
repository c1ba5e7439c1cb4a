package dev.waymark.guide;

import dev.waymark.base.Check;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A short, stable hash of a source text: what a translation records as the text it was translated from. Two texts
 * that differ only in spacing (runs of white space, leading or trailing space) or in Unicode normalisation have the
 * same fingerprint; any other change gives a different one.
 *
 * @param value the first {@value #LENGTH} lower-case hex digits of the SHA-256 of the text
 */
public record Fingerprint(String value) {

    /** How many hex digits a fingerprint keeps: 48 bits, plenty to tell one field's versions apart. */
    public static final int LENGTH = 12;

    private static final Pattern FORM = Pattern.compile("[0-9a-f]{" + LENGTH + "}");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** @throws IllegalArgumentException unless the value is {@value #LENGTH} lower-case hex digits */
    public Fingerprint {
        Check.present(value, "fingerprint");
        Check.that(FORM.matcher(value).matches(),
                "a fingerprint is " + LENGTH + " lower-case hex digits (was '" + value + "')");
    }

    /** The fingerprint of a text: NFC, white space collapsed to one space and stripped, SHA-256, first digits. */
    public static Fingerprint of(String text) {
        String normal = SPACE.matcher(Normalizer.normalize(Check.present(text, "text"), Normalizer.Form.NFC))
                .replaceAll(" ").strip();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return new Fingerprint(HexFormat.of().formatHex(hash).substring(0, LENGTH));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
