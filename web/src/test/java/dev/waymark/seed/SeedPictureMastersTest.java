package dev.waymark.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waymark.picture.PictureCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed pictures are committed as the picture pipeline's own masters, so the app finds each one stored by the
 * file's hash at start-up instead of decoding it ({@link SeedPictureImport}).
 */
class SeedPictureMastersTest {

    @Test
    void every_seed_picture_is_its_own_master() throws IOException {
        List<Path> files;
        try (var listing = Files.list(Path.of("../db/src/main/resources/seed/pictures"))) {
            files = listing.filter(file -> file.toString().endsWith(".png")).sorted().toList();
        }
        assertThat(files).hasSize(12);
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            byte[] master = PictureCodec.master(bytes, new PictureCodec.Limits(30_000_000, 40_000_000, 2048)).png();
            assertThat(master).as(file.getFileName().toString()).isEqualTo(bytes);
        }
    }
}
