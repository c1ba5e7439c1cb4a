package dev.waymark.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublishedRefTest {

    private final GuideId id = GuideId.random();
    private final Slug slug = new Slug("serbia-cancel-mobile-service");

    @Test
    void a_published_revision_is_numbered_from_one() {
        assertThat(new PublishedRef(id, slug, 1, Instant.EPOCH, 0).revision()).isEqualTo(1);
        assertThatThrownBy(() -> new PublishedRef(id, slug, 0, Instant.EPOCH, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 1");
    }

    @Test
    void every_part_is_required() {
        assertThatThrownBy(() -> new PublishedRef(null, slug, 1, Instant.EPOCH, 0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PublishedRef(id, null, 1, Instant.EPOCH, 0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PublishedRef(id, slug, 1, null, 0)).isInstanceOf(NullPointerException.class);
    }
}
