package dev.waymark.picture;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The addresses of a picture's served files, {@code /pictures/{hash}-{width}.{ext}}, for {@code src}, {@code srcset}
 * and the width and height attributes that keep the page from shifting while pictures load. The address holds the
 * hash, so what it serves never changes and is cached for a year.
 */
public final class PictureUrls {

    /** The widths pictures are served in, for phones and desktops; never wider than the master. */
    public static final List<Integer> WIDTHS = List.of(360, 720, 1080);

    /** Where the served files are, below the context path. */
    public static final String PATH = "/pictures/";

    private PictureUrls() {
    }

    /** The address of {@code picture} in {@code width} (one of {@link #widths}) and {@code format}. */
    public static String src(StoredPicture picture, int width, PictureFormat format) {
        return PATH + picture.hash().value() + "-" + width + "." + format.extension();
    }

    /** Every width of {@code picture} in {@code format}, as a {@code srcset}: {@code /pictures/...-360.webp 360w, ...}. */
    public static String srcset(StoredPicture picture, PictureFormat format) {
        return widths(picture).stream().map(width -> src(picture, width, format) + " " + width + "w")
                .collect(Collectors.joining(", "));
    }

    /**
     * The widths {@code picture} is served in: those of {@link #WIDTHS} not wider than its master, or the master's
     * own width when it is narrower than all of them. Never empty, ascending.
     */
    public static List<Integer> widths(StoredPicture picture) {
        List<Integer> widths = new ArrayList<>();
        for (int width : WIDTHS) {
            if (width <= picture.width()) {
                widths.add(width);
            }
        }
        if (widths.isEmpty()) {
            widths.add(picture.width());
        }
        return List.copyOf(widths);
    }

    /** The height of {@code picture} shown {@code width} pixels wide, rounded, at least 1. */
    public static int heightFor(StoredPicture picture, int width) {
        return (int) Math.max(1, Math.round((double) picture.height() * width / picture.width()));
    }
}
