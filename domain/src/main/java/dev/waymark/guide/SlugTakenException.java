package dev.waymark.guide;

/** Thrown when a guide would take a slug another guide already has. Nothing was written. */
public class SlugTakenException extends RuntimeException {

    public SlugTakenException(Slug slug) {
        super("the slug '" + slug + "' is taken by another guide");
    }
}
