package dev.waymark.seed;

import dev.waymark.picture.StoredPicture;

/**
 * Keeps a seed picture as an ordinary stored picture (checked, re-encoded, with its variants) and names it. The web
 * module provides it (the re-encoding lives there); without one, seed guides name each picture by its file's own
 * hash and size, which is enough to read them but leaves the pictures unstored.
 */
@FunctionalInterface
public interface SeedPictureStore {

    /**
     * @param file the file's name in {@code seed/pictures/}, for messages
     * @param bytes the file's bytes
     * @return the stored picture; the same for the same bytes, on every start
     */
    StoredPicture store(String file, byte[] bytes);
}
