package dev.waymark.picture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waymark.base.TestDatabase;
import dev.waymark.guide.Guide;
import dev.waymark.guide.JdbcGuides;
import dev.waymark.guide.TestGuides;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcPicturesTest {

    private final JdbcClient jdbc = TestDatabase.jdbc();
    private final JdbcPictures pictures = new JdbcPictures(jdbc, TestDatabase.transactions());
    private final JdbcGuides guides = new JdbcGuides(jdbc, TestDatabase.transactions());

    @BeforeEach
    void clean() {
        TestDatabase.clear();
        jdbc.sql("truncate picture cascade").update();
    }

    private static NewPicture picture(String name) {
        byte[] master = ("master of " + name).getBytes(StandardCharsets.UTF_8);
        PictureHash hash = PictureHash.of(master);
        return new NewPicture(new StoredPicture(hash, 1200, 800), master, List.of(
                new PictureVariant(hash, 360, PictureFormat.WEBP, ("webp 360 " + name).getBytes(StandardCharsets.UTF_8)),
                new PictureVariant(hash, 360, PictureFormat.JPEG, ("jpeg 360 " + name).getBytes(StandardCharsets.UTF_8))),
                100, "ana");
    }

    /** Makes the picture look uploaded {@code days} ago. */
    private void age(PictureHash hash, int days) {
        jdbc.sql("update picture set created_at = now() - make_interval(days => :days),"
                        + " last_uploaded_at = now() - make_interval(days => :days) where hash = :hash")
                .param("days", days).param("hash", hash.value()).update();
    }

    /** A second revision of a new guide whose content references {@code hashes} as a reference would. */
    private void revisionReferencing(String slug, String... hashes) {
        Guide guide = guides.save(TestGuides.draft(slug), "ana", "first");
        StringBuilder refs = new StringBuilder("[");
        for (String hash : hashes) {
            refs.append(refs.length() > 1 ? "," : "").append("{\"picture\": \"").append(hash)
                    .append("\", \"alt\": {\"EN\": \"a screen\"}}");
        }
        refs.append("]");
        jdbc.sql("""
                insert into guide_revision (guide_id, number, slug, content, author, message)
                select guide_id, 2, slug, jsonb_set(content, '{ways,0,pictures}', cast(:refs as jsonb)), author, 'pictures'
                  from guide_revision where guide_id = :id and number = 1
                """).param("refs", refs.toString()).param("id", guide.id().value()).update();
    }

    @Test
    void a_picture_is_kept_once_with_its_variants_and_read_back_byte_for_byte() {
        NewPicture picture = picture("one");

        assertThat(pictures.add(picture)).isTrue();
        assertThat(pictures.add(picture)).as("the same picture again").isFalse();

        PictureHash hash = picture.picture().hash();
        assertThat(pictures.find(hash)).contains(picture.picture());
        assertThat(pictures.master(hash)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(picture.master()));
        assertThat(pictures.variant(hash, 360, PictureFormat.WEBP)).hasValueSatisfying(variant ->
                assertThat(variant.bytes()).isEqualTo(picture.variants().get(0).bytes()));
        assertThat(pictures.variant(hash, 720, PictureFormat.WEBP)).isEmpty();
        assertThat(jdbc.sql("select count(*) from picture").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from picture_variant").query(Long.class).single()).isEqualTo(2);
        assertThat(pictures.find(PictureHash.of(new byte[] {1}))).isEmpty();
    }

    @Test
    void clean_up_removes_only_old_pictures_no_revision_references() {
        PictureHash referencedOld = add("referenced old");
        PictureHash unreferencedOld = add("unreferenced old");
        PictureHash unreferencedNew = add("unreferenced new");
        PictureHash uploadedAgain = add("uploaded again");
        age(referencedOld, 10);
        age(unreferencedOld, 10);
        age(uploadedAgain, 10);
        assertThat(pictures.add(picture("uploaded again"))).isFalse();
        revisionReferencing("pictured-" + System.nanoTime(), referencedOld.value(), "not-a-hash");

        assertThat(pictures.referenced()).containsExactly(referencedOld);
        List<PictureHash> removed = pictures.removeUnreferenced(Instant.now().minus(1, ChronoUnit.DAYS));

        assertThat(removed).containsExactly(unreferencedOld);
        assertThat(pictures.find(unreferencedOld)).isEmpty();
        assertThat(pictures.variant(unreferencedOld, 360, PictureFormat.JPEG)).as("variants go with it").isEmpty();
        assertThat(pictures.find(referencedOld)).isPresent();
        assertThat(pictures.find(unreferencedNew)).isPresent();
        assertThat(pictures.find(uploadedAgain)).isPresent();
    }

    private PictureHash add(String name) {
        NewPicture picture = picture(name);
        pictures.add(picture);
        return picture.picture().hash();
    }
}
