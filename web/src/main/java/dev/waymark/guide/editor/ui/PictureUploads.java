package dev.waymark.guide.editor.ui;

import dev.waymark.picture.PictureHash;
import dev.waymark.picture.StoredPicture;
import java.util.Optional;

/**
 * Where the editor's picture fields send what an editor uploads or pastes: the view wires it to the picture service,
 * so that forms hold no service and can be tested without Spring.
 */
public interface PictureUploads {

    /**
     * Keeps the uploaded bytes as a picture.
     *
     * @throws Refused with a message in the editor's language when the bytes are not a picture Waymark accepts
     */
    StoredPicture upload(byte[] bytes);

    /** A kept picture, as a pasted picture is named by the browser after it posted it; empty when unknown. */
    Optional<StoredPicture> find(PictureHash hash);

    /** A picture refused, with the reason in the editor's language. */
    final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }
}
