package dev.waymark.picture;

import java.util.Arrays;
import java.util.Optional;

/**
 * The formats pictures are served in: WebP, the small modern one every current browser shows, and JPEG as the
 * fallback for the rest (transparent areas are laid on white in it). Both are made from the master at upload.
 */
public enum PictureFormat {
    WEBP("webp", "image/webp"),
    JPEG("jpg", "image/jpeg");

    private final String extension;
    private final String mediaType;

    PictureFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The file-name extension in a picture's address, such as {@code webp} or {@code jpg}. */
    public String extension() {
        return extension;
    }

    /** The {@code Content-Type} the variant is served with, such as {@code image/webp}. */
    public String mediaType() {
        return mediaType;
    }

    /** The format of an address's extension; exact and lower case only, so each variant has one address. */
    public static Optional<PictureFormat> fromExtension(String extension) {
        return Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst();
    }
}
