package dev.waymark.picture;

import dev.waymark.base.Check;

/** One served file of a picture: its width in pixels, its format and its bytes (never the uploaded ones). */
public record PictureVariant(PictureHash hash, int width, PictureFormat format, byte[] bytes) {

    public PictureVariant {
        Check.present(hash, "picture hash");
        Check.present(format, "format");
        Check.present(bytes, "bytes");
        Check.that(width > 0, "a variant is at least one pixel wide");
        Check.that(bytes.length > 0, "a variant has bytes");
    }
}
