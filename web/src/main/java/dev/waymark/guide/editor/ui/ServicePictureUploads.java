package dev.waymark.guide.editor.ui;

import dev.waymark.guide.Language;
import dev.waymark.picture.PictureHash;
import dev.waymark.picture.PictureRejectedException;
import dev.waymark.picture.PictureService;
import dev.waymark.picture.StoredPicture;
import java.util.Optional;

/** The editor's picture uploads through the picture service, its refusals in the editor's language. */
final class ServicePictureUploads implements PictureUploads {

    private final PictureService pictures;
    private final Language language;

    ServicePictureUploads(PictureService pictures, Language language) {
        this.pictures = pictures;
        this.language = language;
    }

    @Override
    public StoredPicture upload(byte[] bytes) {
        try {
            return pictures.upload(bytes);
        } catch (PictureRejectedException refused) {
            throw new Refused(refused.message(language));
        }
    }

    @Override
    public Optional<StoredPicture> find(PictureHash hash) {
        return pictures.find(hash);
    }
}
