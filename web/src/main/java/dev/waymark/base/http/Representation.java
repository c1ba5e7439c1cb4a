package dev.waymark.base.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.springframework.http.MediaType;

/**
 * One response body that never changes once made (a published revision rendered in one language and
 * situation), kept with its gzip bytes, made once with the best compression, and with a strong entity tag
 * taken from the bytes themselves: the same bytes give the same tag on every instance and after every
 * restart, and any change (a new revision, a renamed operator, a new release's rendering) gives another.
 */
public final class Representation {

    /** Bodies smaller than this are not worth compressing (the gzip header alone is 18 bytes). */
    static final int MIN_COMPRESS = 256;

    private final byte[] identity;
    private final byte[] gzip;
    private final String tag;
    private final MediaType contentType;
    private final Instant lastModified;

    private Representation(byte[] identity, byte[] gzip, String tag, MediaType contentType, Instant lastModified) {
        this.identity = identity;
        this.gzip = gzip;
        this.tag = tag;
        this.contentType = contentType;
        this.lastModified = lastModified;
    }

    /**
     * Compresses and tags {@code body}. Costly (best compression, SHA-256): made once, then kept.
     *
     * @param lastModified when what the body shows last changed; kept to the second, as HTTP dates are
     */
    public static Representation of(byte[] body, MediaType contentType, Instant lastModified) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(contentType, "contentType");
        byte[] compressed = body.length < MIN_COMPRESS ? body : gzip(body);
        return new Representation(body.clone(), compressed.length < body.length ? compressed : body, tag(body),
                contentType, lastModified.truncatedTo(ChronoUnit.SECONDS));
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String tag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The uncompressed body; callers must not change it. */
    byte[] identity() {
        return identity;
    }

    /** The gzip body, or the uncompressed one when compressing does not pay ({@link #compressed()} tells). */
    byte[] gzip() {
        return gzip;
    }

    /** Whether {@link #gzip()} holds compressed bytes. */
    boolean compressed() {
        return gzip != identity;
    }

    /** The entity tag of the uncompressed body, without quotes; the gzip body's is this plus {@code -gz}. */
    public String tag() {
        return tag;
    }

    public MediaType contentType() {
        return contentType;
    }

    public Instant lastModified() {
        return lastModified;
    }

    /** The uncompressed body, copied. */
    public byte[] body() {
        return identity.clone();
    }

    /** About how many bytes of heap this holds, for weighing it in a cache. */
    public int weight() {
        return identity.length + (compressed() ? gzip.length : 0) + 160;
    }
}
