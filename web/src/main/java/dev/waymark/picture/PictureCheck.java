package dev.waymark.picture;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * What an upload is, by its bytes alone (never its name or declared type), before any decoder sees it: a JPEG, a PNG
 * or a WebP whose structure is whole (it ends where its own end marker says) and that carries nothing after that end
 * and no markup where a browser sniffing it would find some.
 *
 * <p>The rule for polyglots: a picture's structure is walked to its end (JPEG's EOI marker after the last scan, PNG's
 * IEND chunk, the length in WebP's RIFF header); anything after it is refused unless it is only zero bytes (padding,
 * at most {@link #PADDING_TOLERANCE}). The first {@link #SNIFFED_BYTES} bytes (more than browsers sniff) must not
 * hold the start of an HTML, SVG or XML document or of a script. The bytes are never served anyway (pictures are
 * re-encoded from pixels), but a file that is two things at once is refused, with a message saying why.
 */
public final class PictureCheck {

    /** The formats accepted, recognised by their signatures. */
    public enum Kind { JPEG, PNG, WEBP }

    /** Zero bytes after the end that are taken as padding (some cameras and tools pad files). */
    static final int PADDING_TOLERANCE = 4096;

    /** How much of the start is searched for markup: more than the 512 bytes browsers sniff. */
    static final int SNIFFED_BYTES = 1024;

    private static final List<String> MARKUP = List.of("<html", "<!doctype", "<script", "<svg", "<?xml", "<body",
            "<head", "<iframe", "<object", "<embed", "<meta", "<a href", "<img", "<style", "<link", "<form",
            "<!--", "<?php", "javascript:");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PictureCheck() {
    }

    /**
     * The kind of picture {@code bytes} hold, when they are whole and nothing else.
     *
     * @throws PictureRejectedException for anything else (not {@link Rejection#TOO_LARGE}, checked before)
     */
    public static Kind check(byte[] bytes) {
        if (bytes.length == 0) {
            throw new PictureRejectedException(Rejection.EMPTY);
        }
        Kind kind = kind(bytes);
        if (markupAtStart(bytes)) {
            throw new PictureRejectedException(Rejection.MARKUP);
        }
        if (kind == null) {
            throw new PictureRejectedException(Rejection.NOT_A_PICTURE);
        }
        int end = switch (kind) {
            case JPEG -> jpegEnd(bytes);
            case PNG -> pngEnd(bytes);
            case WEBP -> webpEnd(bytes);
        };
        if (end < 0) {
            throw new PictureRejectedException(Rejection.TRUNCATED);
        }
        if (!onlyPadding(bytes, end)) {
            throw new PictureRejectedException(Rejection.TRAILING_DATA);
        }
        return kind;
    }

    /** The kind by signature, or null. */
    static Kind kind(byte[] b) {
        if (b.length >= 3 && u(b, 0) == 0xFF && u(b, 1) == 0xD8 && u(b, 2) == 0xFF) {
            return Kind.JPEG;
        }
        if (b.length >= 8 && java.util.Arrays.equals(b, 0, 8, PNG_SIGNATURE, 0, 8)) {
            return Kind.PNG;
        }
        if (b.length >= 12 && ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) {
            return Kind.WEBP;
        }
        return null;
    }

    static boolean markupAtStart(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, SNIFFED_BYTES), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        for (String tag : MARKUP) {
            if (start.contains(tag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The offset after JPEG's EOI marker, or -1 when the file ends first. Marker segments are skipped by their
     * lengths; after each start of scan the entropy-coded data runs to the next marker that is not a stuffed
     * {@code FF 00}, a restart marker or fill bytes. Progressive files have several scans; EOI ends them.
     */
    static int jpegEnd(byte[] b) {
        int i = 2;
        while (true) {
            // Fill bytes (FF) may precede a marker.
            if (i >= b.length || u(b, i) != 0xFF) {
                return -1;
            }
            while (i < b.length && u(b, i) == 0xFF) {
                i++;
            }
            if (i >= b.length) {
                return -1;
            }
            int marker = u(b, i++);
            if (marker == 0xD9) {
                return i;
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue;
            }
            if (i + 2 > b.length) {
                return -1;
            }
            int length = (u(b, i) << 8) | u(b, i + 1);
            if (length < 2 || i + length > b.length) {
                return -1;
            }
            i += length;
            if (marker == 0xDA) {
                // Entropy-coded data up to the next real marker.
                while (true) {
                    if (i + 1 >= b.length) {
                        return -1;
                    }
                    if (u(b, i) == 0xFF) {
                        int next = u(b, i + 1);
                        if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                            i += 2;
                            continue;
                        }
                        if (next == 0xFF) {
                            i++;
                            continue;
                        }
                        break;
                    }
                    i++;
                }
            }
        }
    }

    /** The offset after PNG's IEND chunk, or -1 when the chunks run past the end of the file. */
    static int pngEnd(byte[] b) {
        int i = 8;
        while (true) {
            if (i + 12 > b.length) {
                return -1;
            }
            long length = ((long) u(b, i) << 24) | (u(b, i + 1) << 16) | (u(b, i + 2) << 8) | u(b, i + 3);
            if (length > Integer.MAX_VALUE || i + 12 + length > b.length) {
                return -1;
            }
            boolean end = ascii(b, i + 4, "IEND");
            i += 12 + (int) length;
            if (end) {
                return i;
            }
        }
    }

    /** The offset after the RIFF container of a WebP (its length, padded to an even size), or -1 when cut short. */
    static int webpEnd(byte[] b) {
        long size = u(b, 4) | (u(b, 5) << 8) | (u(b, 6) << 16) | ((long) u(b, 7) << 24);
        long end = 8 + size + (size % 2);
        if (size < 4 || end > b.length) {
            // An odd-sized file without its padding byte is whole all the same.
            return size >= 4 && 8 + size == b.length ? b.length : -1;
        }
        return (int) end;
    }

    private static boolean onlyPadding(byte[] b, int end) {
        if (b.length - end > PADDING_TOLERANCE) {
            return false;
        }
        for (int i = end; i < b.length; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] b, int offset, String text) {
        if (offset + text.length() > b.length) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (b[offset + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int u(byte[] b, int i) {
        return b[i] & 0xFF;
    }
}
