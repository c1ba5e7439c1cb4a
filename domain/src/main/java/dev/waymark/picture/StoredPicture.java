package dev.waymark.picture;

import dev.waymark.base.Check;

/**
 * A kept picture: its master after re-encoding (EXIF orientation applied, metadata gone, sRGB), named by the hash of
 * the master's bytes, with the master's size in pixels.
 */
public record StoredPicture(PictureHash hash, int width, int height) {

    public StoredPicture {
        Check.present(hash, "picture hash");
        Check.that(width > 0 && height > 0, "a picture has a width and a height of at least one pixel (was "
                + width + " × " + height + ")");
    }
}
