package dev.waymark.picture;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Pictures ({@code waymark.pictures.*}): the most bytes an upload may have ({@code max-bytes}) and the most pixels
 * its header may claim ({@code max-pixels}); the longer side of a kept master ({@code master-max-side}); how often
 * unreferenced pictures are looked for ({@code cleanup-interval}) and how long a picture no revision references is
 * kept after its last upload ({@code grace}: an editor may be about to save the guide that uses it).
 */
@ConfigurationProperties("waymark.pictures")
public record PictureSettings(@DefaultValue("10MB") DataSize maxBytes, @DefaultValue("40000000") long maxPixels,
                              @DefaultValue("2048") int masterMaxSide, @DefaultValue("1h") Duration cleanupInterval,
                              @DefaultValue("24h") Duration grace) {

    public PictureSettings {
        if (maxBytes.toBytes() < 1 || maxPixels < 1 || masterMaxSide < PictureUrls.WIDTHS.getLast()
                || cleanupInterval.isNegative() || cleanupInterval.isZero() || grace.isNegative()) {
            throw new IllegalArgumentException("waymark.pictures: max-bytes and max-pixels must be positive,"
                    + " master-max-side at least " + PictureUrls.WIDTHS.getLast() + ", cleanup-interval positive and"
                    + " grace not negative");
        }
    }

    /** The limits of an upload. */
    public PictureCodec.Limits uploadLimits() {
        return new PictureCodec.Limits(maxBytes.toBytes(), maxPixels, masterMaxSide);
    }

    /**
     * The limits of an imported master: a lossless master may be larger than the upload it was made from (a
     * photo's PNG), so three times the upload limit.
     */
    public PictureCodec.Limits importLimits() {
        return new PictureCodec.Limits(maxBytes.toBytes() * 3, maxPixels, masterMaxSide);
    }
}
