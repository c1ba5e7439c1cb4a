package dev.waymark.picture;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The kept pictures: masters named by their hash, with their variants. */
public interface Pictures {

    /**
     * Keeps {@code picture} with its variants, unless a picture of the same hash is kept already; then only notes
     * that it was uploaded again now (which restarts its grace period before {@link #removeUnreferenced}).
     *
     * @return true when the picture was new
     */
    boolean add(NewPicture picture);

    /**
     * Notes that the picture was uploaded again now, restarting its grace period.
     *
     * @return false when no such picture is kept
     */
    boolean touch(PictureHash hash);

    Optional<StoredPicture> find(PictureHash hash);

    /** The master's bytes, exactly as kept. */
    Optional<byte[]> master(PictureHash hash);

    /** One served file, when the picture has it in that width and format. */
    Optional<PictureVariant> variant(PictureHash hash, int width, PictureFormat format);

    /**
     * Removes every picture that no guide revision references and that was last uploaded before
     * {@code uploadedBefore}.
     *
     * @return the hashes removed, in order
     */
    List<PictureHash> removeUnreferenced(Instant uploadedBefore);

    /** The hashes every guide revision references, in order, each once. */
    List<PictureHash> referenced();
}
