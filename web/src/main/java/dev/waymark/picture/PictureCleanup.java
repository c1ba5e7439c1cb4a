package dev.waymark.picture;

import dev.waymark.audit.Auditor;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes pictures no guide revision references (drafts and old revisions count: history and restore keep their
 * pictures) once their grace period after the last upload is over ({@code waymark.pictures.grace}, 24 hours: an
 * editor may have uploaded a picture for a draft not saved yet). Runs every {@code waymark.pictures.cleanup-interval};
 * logs and audits (action {@value #AUDIT_ACTION}, actor {@code system}) which pictures went.
 */
@Component
public class PictureCleanup {

    /** The audit action of a clean-up that removed pictures. */
    public static final String AUDIT_ACTION = "picture.cleanup";

    private static final Logger log = LoggerFactory.getLogger(PictureCleanup.class);

    private final Pictures pictures;
    private final PictureSettings settings;
    private final Auditor auditor;
    private final Clock clock;

    PictureCleanup(Pictures pictures, PictureSettings settings, Auditor auditor, ObjectProvider<Clock> clock) {
        this.pictures = pictures;
        this.settings = settings;
        this.auditor = auditor;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Scheduled(initialDelayString = "${waymark.pictures.cleanup-interval:1h}",
            fixedDelayString = "${waymark.pictures.cleanup-interval:1h}")
    void onSchedule() {
        try {
            removeUnreferenced();
        } catch (DataAccessException e) {
            log.warn("Picture clean-up skipped, the database did not answer: {}", e.getMessage());
        }
    }

    /** Removes the unreferenced pictures past their grace period now; returns their hashes. */
    public List<PictureHash> removeUnreferenced() {
        List<PictureHash> removed = pictures.removeUnreferenced(clock.instant().minus(settings.grace()));
        if (removed.isEmpty()) {
            log.debug("Picture clean-up: nothing to remove");
            return removed;
        }
        String hashes = removed.stream().map(PictureHash::value).collect(Collectors.joining(", "));
        log.info("Picture clean-up removed {} picture(s) no revision references: {}", removed.size(), hashes);
        auditor.record(Auditor.SYSTEM, AUDIT_ACTION, removed.size() + " picture(s)", hashes);
        return removed;
    }
}
