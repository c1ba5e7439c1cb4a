package dev.waymark.picture;

import dev.waymark.base.Check;
import java.util.List;

/**
 * A picture ready to be kept: its master's bytes (which {@link StoredPicture#hash()} names), every variant, how many
 * bytes were uploaded and who uploaded it.
 */
public record NewPicture(StoredPicture picture, byte[] master, List<PictureVariant> variants, int uploadedBytes,
                         String uploadedBy) {

    public NewPicture {
        Check.present(picture, "picture");
        Check.present(master, "master");
        variants = List.copyOf(Check.present(variants, "variants"));
        Check.notBlank(uploadedBy, "uploader");
        Check.that(PictureHash.of(master).equals(picture.hash()), "the picture's hash must be its master's SHA-256");
        Check.that(!variants.isEmpty(), "a picture needs at least one variant to serve");
        Check.that(variants.stream().allMatch(variant -> variant.hash().equals(picture.hash())),
                "every variant belongs to the picture");
    }
}
