package dev.waymark.base.http;

import java.io.ByteArrayInputStream;
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
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.springframework.http.MediaType;

/**
 * One response body that never changes once made (a published revision rendered in one language and
 * situation), kept as gzip bytes, made once with the best compression, and with a strong entity tag taken
 * from the uncompressed bytes: the same bytes give the same tag on every instance and after every restart,
 * and any change (a new revision, a renamed operator, a new release's rendering) gives another. Only the gzip
 * bytes are kept (a quarter to a third of the plain ones): nearly every client takes gzip, and the few that do
 * not get the plain bytes inflated for them.
 */
public final class Representation {

    /** Bodies smaller than this are not worth compressing (the gzip header alone is 18 bytes). */
    static final int MIN_COMPRESS = 256;

    /** The gzip bytes, or the plain ones when compressing does not pay. */
    private final byte[] stored;
    private final boolean compressed;
    private final String tag;
    private final MediaType contentType;
    private final Instant lastModified;

    private Representation(byte[] stored, boolean compressed, String tag, MediaType contentType, Instant lastModified) {
        this.stored = stored;
        this.compressed = compressed;
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
        boolean pays = compressed.length < body.length;
        return new Representation(pays ? compressed : body.clone(), pays, tag(body), contentType,
                lastModified.truncatedTo(ChronoUnit.SECONDS));
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

    /** The uncompressed body, inflated anew when only gzip is kept. */
    byte[] identity() {
        if (!compressed) {
            return stored;
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The gzip body; only when {@link #compressed()}. Callers must not change it. */
    byte[] gzip() {
        if (!compressed) {
            throw new IllegalStateException("this body is kept uncompressed");
        }
        return stored;
    }

    /** Whether the kept body is gzip (else compressing it did not pay). */
    boolean compressed() {
        return compressed;
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
        return compressed ? identity() : stored.clone();
    }

    /** About how many bytes of heap this holds, for weighing it in a cache. */
    public int weight() {
        return stored.length + 160;
    }
}
