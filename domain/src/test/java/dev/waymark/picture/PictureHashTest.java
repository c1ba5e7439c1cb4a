package dev.waymark.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PictureHashTest {

    @Test
    void the_hash_of_bytes_is_their_sha256_in_lower_case_hex() {
        assertThat(PictureHash.of("abc".getBytes(StandardCharsets.US_ASCII)).value())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(PictureHash.of(new byte[0]).toString()).hasSize(64);
    }

    @Test
    void anything_else_is_refused() {
        assertThatThrownBy(() -> new PictureHash("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64 lower-case");
        assertThatThrownBy(() -> new PictureHash("../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThat(PictureHash.isValid("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")).isTrue();
        assertThat(PictureHash.isValid("ba7816bf")).isFalse();
    }

    @Test
    void a_stored_picture_has_pixels_and_formats_have_one_extension_each() {
        PictureHash hash = PictureHash.of(new byte[] {1});
        assertThatThrownBy(() -> new StoredPicture(hash, 0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThat(PictureFormat.fromExtension("jpg")).contains(PictureFormat.JPEG);
        assertThat(PictureFormat.fromExtension("webp")).contains(PictureFormat.WEBP);
        assertThat(PictureFormat.fromExtension("JPG")).isEmpty();
        assertThat(PictureFormat.fromExtension("jpeg")).isEmpty();
    }
}
