package dev.waymark.picture;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pictures for guides: editors upload them (checked and re-encoded by {@link PictureCodec}, kept once per master),
 * anyone reads what is kept. Uploads and refusals are counted in the metric {@code waymark.pictures.uploads}
 * (tagged {@code outcome} = stored, duplicate or refused, and {@code reason}).
 *
 * <p>Export and import: {@link #master} gives a picture's master as kept (a PNG), and {@link #importMaster} runs it
 * through the upload pipeline again. A master is lossless and already normalised (sRGB, upright, no larger than a
 * master may be, no metadata), so that gives the same bytes back, hence the same hash: an exported picture imports
 * as itself, byte for byte. Anything else given to {@link #importMaster} is treated as an upload.
 */
@Service
public class PictureService {

    private static final Logger log = LoggerFactory.getLogger(PictureService.class);
    private static final String EDITORS = "hasAnyRole('EDITOR', 'ADMIN')";

    private final Pictures pictures;
    private final PictureSettings settings;
    private final MeterRegistry metrics;
    /** Decoding and encoding take memory and CPU: at most two pictures at a time. */
    private final Semaphore work = new Semaphore(2, true);

    PictureService(Pictures pictures, PictureSettings settings, ObjectProvider<MeterRegistry> metrics) {
        this.pictures = pictures;
        this.settings = settings;
        this.metrics = metrics.getIfAvailable(SimpleMeterRegistry::new);
    }

    /**
     * Checks, re-encodes and keeps an uploaded picture with its variants; a picture kept already is not stored again
     * (the kept one is returned). Never stores the uploaded bytes.
     *
     * @throws PictureRejectedException when the bytes are refused, saying why
     */
    @PreAuthorize(EDITORS)
    public StoredPicture upload(byte[] bytes) {
        return keep(bytes, settings.uploadLimits(), "upload");
    }

    /**
     * Keeps a master from an export bundle (see the class comment): the same pipeline as {@link #upload}, with room
     * for a lossless master's size (three times the upload limit).
     *
     * @throws PictureRejectedException when the bytes are refused, saying why
     */
    @PreAuthorize(EDITORS)
    public StoredPicture importMaster(byte[] bytes) {
        return keep(bytes, settings.importLimits(), "import");
    }

    /** The kept picture named {@code hash}, if any. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<StoredPicture> find(PictureHash hash) {
        return pictures.find(hash);
    }

    /**
     * The master of {@code hash} exactly as kept, for export bundles.
     *
     * @throws NoSuchElementException when no such picture is kept
     */
    @PreAuthorize(EDITORS)
    @Transactional(readOnly = true)
    public byte[] master(PictureHash hash) {
        return pictures.master(hash).orElseThrow(() -> new NoSuchElementException("no picture " + hash));
    }

    /** One served file of a picture, for anyone: the variant of that width and format, if it exists. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PictureVariant> variant(PictureHash hash, int width, PictureFormat format) {
        return pictures.variant(hash, width, format);
    }

    private StoredPicture keep(byte[] bytes, PictureCodec.Limits limits, String how) {
        String actor = actor();
        try {
            work.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to process a picture", e);
        }
        try {
            PictureCodec.Master master = PictureCodec.master(bytes, limits);
            StoredPicture picture = master.picture();
            if (pictures.touch(picture.hash())) {
                count("duplicate", "none");
                log.info("Picture {} {}ed again by {}: kept once", picture.hash(), how, actor);
                return picture;
            }
            List<PictureVariant> variants = PictureCodec.variants(master);
            boolean added = pictures.add(new NewPicture(picture, master.png(), variants, bytes.length, actor));
            count(added ? "stored" : "duplicate", "none");
            log.info("Picture {} {}ed by {}: {} × {} px, {} bytes in, master {} bytes, {} variants ({} bytes)",
                    picture.hash(), how, actor, picture.width(), picture.height(), bytes.length, master.png().length,
                    variants.size(), variants.stream().mapToLong(variant -> variant.bytes().length).sum());
            return picture;
        } catch (PictureRejectedException e) {
            count("refused", e.reason().name().toLowerCase(java.util.Locale.ROOT));
            log.info("Picture {} by {} refused: {} ({} bytes)", how, actor, e.reason(), bytes.length);
            throw e;
        } finally {
            work.release();
        }
    }

    private void count(String outcome, String reason) {
        metrics.counter("waymark.pictures.uploads", "outcome", outcome, "reason", reason).increment();
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
