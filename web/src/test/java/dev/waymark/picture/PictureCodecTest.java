package dev.waymark.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The upload pipeline without Spring: what is accepted, what is refused and why, and what comes out. */
class PictureCodecTest {

    private static final PictureCodec.Limits LIMITS = new PictureCodec.Limits(10 * 1024 * 1024, 40_000_000, 2048);

    @Test
    void the_corpus_photo_really_carries_gps_exif_and_a_comment() throws Exception {
        byte[] photo = PictureCorpus.photoWithGps();
        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo));
        GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
        assertThat(gps).isNotNull();
        assertThat(gps.getGeoLocation().getLatitude()).isBetween(44.81, 44.82);
        assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class).getString(ExifIFD0Directory.TAG_MAKE))
                .isEqualTo(PictureCorpus.CAMERA_MAKE);
        assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains(PictureCorpus.COMMENT);
    }

    @Test
    void a_photo_with_gps_comes_out_without_any_metadata_in_the_master_and_every_variant() throws Exception {
        byte[] photo = PictureCorpus.photoWithGps();

        PictureCodec.Master master = PictureCodec.master(photo, LIMITS);
        List<PictureVariant> variants = PictureCodec.variants(master);

        assertThat(master.picture().width()).isEqualTo(1600);
        assertThat(master.picture().height()).isEqualTo(1200);
        assertThat(variants).extracting(PictureVariant::width).containsExactly(360, 360, 720, 720, 1080, 1080);
        List<byte[]> outputs = new ArrayList<>(variants.stream().map(PictureVariant::bytes).toList());
        outputs.add(master.png());
        for (byte[] bytes : outputs) {
            assertThat(bytes).isNotEqualTo(photo);
            assertNoMetadata(bytes);
        }
    }

    /** No EXIF, GPS, XMP or ICC directory, and neither the camera's make nor its comment anywhere in the bytes. */
    static void assertNoMetadata(byte[] bytes) throws Exception {
        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
        List<String> directories = new ArrayList<>();
        for (Directory directory : metadata.getDirectories()) {
            directories.add(directory.getName());
        }
        assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class)).as("GPS").isNull();
        assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)).as("EXIF").isNull();
        assertThat(directories).as("metadata directories").noneMatch(name -> name.contains("Exif")
                || name.contains("GPS") || name.contains("XMP") || name.contains("ICC") || name.contains("Comment"));
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain(PictureCorpus.CAMERA_MAKE).doesNotContain(PictureCorpus.COMMENT)
                .doesNotContain("Exif\0");
    }

    @Test
    void a_sideways_photo_is_turned_upright_by_its_exif_orientation() throws Exception {
        PictureCodec.Master master = PictureCodec.master(PictureCorpus.rotatedPhoto(), LIMITS);

        assertThat(master.picture().width()).isEqualTo(400);
        assertThat(master.picture().height()).isEqualTo(800);
        BufferedImage served = ImageIO.read(new ByteArrayInputStream(PictureCodec.variants(master).get(1).bytes()));
        assertThat(served.getWidth()).isEqualTo(360);
        assertThat(served.getHeight()).isEqualTo(720);
        assertThat(red(served.getRGB(180, 100))).as("top is red").isGreaterThan(180);
        assertThat(blue(served.getRGB(180, 620))).as("bottom is blue").isGreaterThan(180);
    }

    @Test
    void png_and_webp_are_accepted_with_transparency_kept_in_the_master() throws Exception {
        PictureCodec.Master png = PictureCodec.master(PictureCorpus.png(), LIMITS);
        assertThat(png.picture().width()).isEqualTo(1000);
        assertThat(png.image().getColorModel().hasAlpha()).isTrue();
        assertThat(PictureCodec.variants(png)).extracting(PictureVariant::width).containsExactly(360, 360, 720, 720);

        PictureCodec.Master webp = PictureCodec.master(PictureCorpus.webp(), LIMITS);
        assertThat(webp.picture().width()).isEqualTo(500);
        assertThat(webp.picture().height()).isEqualTo(300);
        List<PictureVariant> variants = PictureCodec.variants(webp);
        assertThat(variants).extracting(PictureVariant::width).containsExactly(360, 360);
        BufferedImage fromWebp = ImageIO.read(new ByteArrayInputStream(variants.get(0).bytes()));
        assertThat(fromWebp.getHeight()).isEqualTo(PictureUrls.heightFor(webp.picture(), 360)).isEqualTo(216);
        assertThat(new String(variants.get(0).bytes(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(variants.get(1).bytes()[0]).isEqualTo((byte) 0xFF);
    }

    @Test
    void a_narrow_picture_is_served_at_its_own_width_and_a_huge_one_is_kept_at_most_2048_pixels() {
        PictureCodec.Master narrow = PictureCodec.master(PictureCorpus.jpeg(PictureCorpus.photo(200, 100)), LIMITS);
        assertThat(PictureUrls.widths(narrow.picture())).containsExactly(200);

        PictureCodec.Master wide = PictureCodec.master(PictureCorpus.jpeg(PictureCorpus.photo(5000, 2500)), LIMITS);
        assertThat(wide.picture().width()).isEqualTo(2048);
        assertThat(wide.picture().height()).isEqualTo(1024);
    }

    @Test
    void a_master_goes_through_the_pipeline_unchanged_so_an_exported_master_imports_as_itself() {
        for (byte[] upload : List.of(PictureCorpus.photoWithGps(), PictureCorpus.png(), PictureCorpus.rotatedPhoto(),
                PictureCorpus.jpeg(PictureCorpus.photo(5000, 2500)))) {
            PictureCodec.Master master = PictureCodec.master(upload, LIMITS);
            PictureCodec.Master again = PictureCodec.master(master.png(), LIMITS);
            assertThat(again.png()).isEqualTo(master.png());
            assertThat(again.picture()).isEqualTo(master.picture());
        }
    }

    @Test
    void the_same_upload_gives_the_same_master_and_variants() {
        byte[] photo = PictureCorpus.photoWithGps();
        PictureCodec.Master first = PictureCodec.master(photo, LIMITS);
        PictureCodec.Master second = PictureCodec.master(photo, LIMITS);
        assertThat(second.png()).isEqualTo(first.png());
        List<PictureVariant> a = PictureCodec.variants(first);
        List<PictureVariant> b = PictureCodec.variants(second);
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).bytes()).isEqualTo(a.get(i).bytes());
        }
    }

    @Test
    void everything_else_is_refused_with_its_reason() {
        assertRefused(() -> new byte[0], Rejection.EMPTY);
        assertRefused(PictureCorpus::svgWithScript, Rejection.MARKUP);
        assertRefused(PictureCorpus::htmlNamedJpg, Rejection.MARKUP);
        assertRefused(PictureCorpus::htmlWithJpegHeader, Rejection.MARKUP);
        assertRefused(PictureCorpus::jpegThenHtml, Rejection.TRAILING_DATA);
        assertRefused(PictureCorpus::jpegThenZip, Rejection.TRAILING_DATA);
        assertRefused(PictureCorpus::truncated, Rejection.TRUNCATED);
        assertRefused(PictureCorpus::elevenMegabytes, Rejection.TOO_LARGE);
        assertRefused(() -> "GIF89a\1\0\1\0".getBytes(StandardCharsets.US_ASCII), Rejection.NOT_A_PICTURE);
        assertRefused(() -> "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), Rejection.NOT_A_PICTURE);
        // A JPEG's structure with garbage where the picture should be.
        assertRefused(() -> new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9}, Rejection.UNREADABLE);
    }

    @Test
    void a_png_bomb_is_refused_from_its_header_without_being_decoded() {
        byte[] bomb = PictureCorpus.pngBomb();
        assertThat(bomb.length).as("small on disk").isLessThan(100_000);
        Runtime runtime = Runtime.getRuntime();
        long before = runtime.totalMemory() - runtime.freeMemory();

        assertRefused(() -> bomb, Rejection.TOO_MANY_PIXELS);

        long after = runtime.totalMemory() - runtime.freeMemory();
        // 20,000 × 20,000 pixels would take 1.6 GB as integers: nothing near that was allocated.
        assertThat(after - before).isLessThan(200L * 1024 * 1024);
    }

    @Test
    void trailing_zero_padding_is_tolerated() {
        byte[] jpeg = PictureCorpus.jpeg(PictureCorpus.photo(300, 200));
        byte[] padded = java.util.Arrays.copyOf(jpeg, jpeg.length + 100);
        assertThat(PictureCodec.master(padded, LIMITS).picture().width()).isEqualTo(300);
    }

    @Test
    void refusals_have_a_message_in_each_language() {
        PictureRejectedException refused = new PictureRejectedException(Rejection.TOO_MANY_PIXELS, 20000, 20000, "40",
                20000);
        assertThat(refused.getMessage()).contains("20,000 × 20,000").contains("40 megapixels");
        assertThat(refused.message(dev.waymark.guide.Language.ZH_CN)).contains("百万像素");
        assertThat(refused.message(dev.waymark.guide.Language.of("de"))).as("no German texts: English")
                .contains("megapixels");
        for (Rejection reason : Rejection.values()) {
            assertThat(new PictureRejectedException(reason, "1", "2", "3", "4").getMessage()).isNotBlank()
                    .doesNotContain("{");
        }
    }

    private static void assertRefused(Supplier<byte[]> upload, Rejection reason) {
        assertThatThrownBy(() -> PictureCodec.master(upload.get(), LIMITS))
                .isInstanceOfSatisfying(PictureRejectedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static int red(int rgb) {
        return (rgb >> 16) & 0xFF;
    }

    private static int blue(int rgb) {
        return rgb & 0xFF;
    }
}
