package dev.waymark.guide;

import dev.waymark.base.Check;
import dev.waymark.picture.PictureHash;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A picture shown with a part of a guide: a screenshot of a settings screen, a photo of where the ICCID is printed.
 * It names a stored picture by its hash (stored revisions hold {@code {"picture":"<64 hex>",...}}, which is how the
 * picture clean-up knows the picture is in use) and keeps the picture's size, so a page can reserve its space
 * without looking the picture up.
 *
 * @param picture the stored picture
 * @param width the stored picture's width in pixels
 * @param height the stored picture's height in pixels
 * @param platform the only platform the picture is for (an iPhone screen in a step for every phone); null for all
 * @param caption a few words shown under the picture; may be empty
 * @param alt what the picture shows, for readers who cannot see it; required in every language of the guide
 *            before publishing
 */
public record Illustration(PictureHash picture, int width, int height, @Nullable Platform platform,
                           LocalizedText caption, LocalizedText alt) {

    /** The most pictures one part carries: a short sequence of screens, not an album. */
    public static final int MAX_PER_PART = 8;
    public static final int CAPTION_MAX_LENGTH = 300;
    public static final int ALT_MAX_LENGTH = 500;
    /** The largest side a stored picture may claim, as a sanity bound on stored sizes. */
    public static final int MAX_SIDE = 20_000;

    public Illustration {
        Check.present(picture, "picture");
        Check.that(width >= 1 && width <= MAX_SIDE && height >= 1 && height <= MAX_SIDE,
                "a picture's size must be between 1 and " + MAX_SIDE + " pixels (was " + width + " × " + height + ")");
        caption = caption == null ? LocalizedText.EMPTY : caption.checkMaxLength(CAPTION_MAX_LENGTH, "picture caption");
        alt = alt == null ? LocalizedText.EMPTY : alt.checkMaxLength(ALT_MAX_LENGTH, "picture alt text");
    }

    /** True when the picture is for the situation's platform, or for every platform, or the platform is unknown. */
    public boolean appliesTo(Situation situation) {
        return platform == null || situation.platform() == null || platform == situation.platform();
    }

    /** The pictures that apply to the situation, in order. */
    public static List<Illustration> forSituation(List<Illustration> pictures, Situation situation) {
        return pictures.stream().filter(picture -> picture.appliesTo(situation)).toList();
    }

    /** Checks a part's pictures: an unmodifiable copy, null becomes empty, at most {@link #MAX_PER_PART}. */
    static List<Illustration> list(@Nullable List<Illustration> pictures) {
        List<Illustration> copy = Check.list(pictures, "pictures");
        Check.that(copy.size() <= MAX_PER_PART, "a part has at most " + MAX_PER_PART + " pictures");
        return copy;
    }

    public Illustration withCaption(LocalizedText newCaption) {
        return new Illustration(picture, width, height, platform, newCaption, alt);
    }

    public Illustration withAlt(LocalizedText newAlt) {
        return new Illustration(picture, width, height, platform, caption, newAlt);
    }

    public Illustration withPlatform(@Nullable Platform newPlatform) {
        return new Illustration(picture, width, height, newPlatform, caption, alt);
    }
}
