package dev.waymark.picture;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Pictures in the {@code picture} and {@code picture_variant} tables (see {@code V15__create_picture.sql}). Guide
 * revisions reference a picture by a JSON member {@code "picture"} holding its hash, anywhere in their content.
 */
@Repository
public class JdbcPictures implements Pictures {

    /** Every picture hash any revision references: the value of each member named "picture", at any depth. */
    private static final String REFERENCED = """
            select distinct reference #>> '{}' as hash
              from guide_revision,
                   jsonb_path_query(content, 'strict $.**.picture') as reference
             where jsonb_typeof(reference) = 'string' and reference #>> '{}' ~ '^[0-9a-f]{64}$'
            """;

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;

    public JdbcPictures(JdbcClient jdbc, TransactionOperations transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public boolean add(NewPicture picture) {
        Boolean added = transactions.execute(status -> {
            StoredPicture stored = picture.picture();
            int inserted = jdbc.sql("""
                            insert into picture (hash, width, height, master, master_bytes, uploaded_bytes, uploaded_by,
                                                 created_at, last_uploaded_at)
                            values (:hash, :width, :height, :master, :masterBytes, :uploadedBytes, :uploadedBy, now(), now())
                            on conflict (hash) do nothing
                            """)
                    .param("hash", stored.hash().value())
                    .param("width", stored.width())
                    .param("height", stored.height())
                    .param("master", picture.master())
                    .param("masterBytes", picture.master().length)
                    .param("uploadedBytes", picture.uploadedBytes())
                    .param("uploadedBy", picture.uploadedBy())
                    .update();
            if (inserted == 0) {
                touch(stored.hash());
                return false;
            }
            for (PictureVariant variant : picture.variants()) {
                jdbc.sql("""
                                insert into picture_variant (hash, width, format, bytes, size)
                                values (:hash, :width, :format, :bytes, :size)
                                """)
                        .param("hash", variant.hash().value())
                        .param("width", variant.width())
                        .param("format", key(variant.format()))
                        .param("bytes", variant.bytes())
                        .param("size", variant.bytes().length)
                        .update();
            }
            return true;
        });
        return Boolean.TRUE.equals(added);
    }

    @Override
    public boolean touch(PictureHash hash) {
        return jdbc.sql("update picture set last_uploaded_at = greatest(last_uploaded_at, now()) where hash = :hash")
                .param("hash", hash.value())
                .update() == 1;
    }

    @Override
    public Optional<StoredPicture> find(PictureHash hash) {
        return jdbc.sql("select width, height from picture where hash = :hash")
                .param("hash", hash.value())
                .query((rs, row) -> new StoredPicture(hash, rs.getInt("width"), rs.getInt("height")))
                .optional();
    }

    @Override
    public Optional<byte[]> master(PictureHash hash) {
        return jdbc.sql("select master from picture where hash = :hash")
                .param("hash", hash.value())
                .query((rs, row) -> rs.getBytes("master"))
                .optional();
    }

    @Override
    public Optional<PictureVariant> variant(PictureHash hash, int width, PictureFormat format) {
        return jdbc.sql("select bytes from picture_variant where hash = :hash and width = :width and format = :format")
                .param("hash", hash.value())
                .param("width", width)
                .param("format", key(format))
                .query((rs, row) -> new PictureVariant(hash, width, format, rs.getBytes("bytes")))
                .optional();
    }

    @Override
    public List<PictureHash> removeUnreferenced(Instant uploadedBefore) {
        // One statement: a revision saved meanwhile either is seen by it, or (if it commits later) references a
        // picture that this statement's snapshot already deemed unreferenced and older than the grace period, which
        // an editor cannot have just uploaded.
        return jdbc.sql("""
                        with referenced as (%s)
                        delete from picture
                         where last_uploaded_at < :before
                           and hash not in (select hash from referenced)
                        returning hash
                        """.formatted(REFERENCED))
                .param("before", Timestamp.from(uploadedBefore))
                .query((rs, row) -> new PictureHash(rs.getString("hash")))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(PictureHash::value))
                .toList();
    }

    @Override
    public List<PictureHash> referenced() {
        return jdbc.sql(REFERENCED + " order by 1")
                .query((rs, row) -> new PictureHash(rs.getString("hash")))
                .list();
    }

    private static String key(PictureFormat format) {
        return format.name().toLowerCase(Locale.ROOT);
    }
}
