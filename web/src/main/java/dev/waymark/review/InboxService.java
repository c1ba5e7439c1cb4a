package dev.waymark.review;

import dev.waymark.audit.Auditor;
import dev.waymark.base.Check;
import dev.waymark.guide.EditorGuides;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideListFilter;
import dev.waymark.guide.GuideListing;
import dev.waymark.guide.GuideStatus;
import dev.waymark.guide.Translations;
import dev.waymark.guide.Guides;
import dev.waymark.report.GuideReports;
import dev.waymark.report.ReaderReports;
import dev.waymark.report.ReportClosedException;
import dev.waymark.report.ReportClosing;
import dev.waymark.report.ReportId;
import dev.waymark.report.ReportSubject;
import dev.waymark.search.SearchMiss;
import dev.waymark.search.SearchService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' inbox, what keeps guides true: guides whose review is due, readers' open reports grouped by guide
 * and step, and the searches that found nothing. Editors close reports with a note; every closing is audited.
 * Editors and admins only.
 */
@Service
@Transactional(readOnly = true)
public class InboxService {

    /** The most entries one list may ask for. */
    public static final int MAX_LIMIT = 500;

    private static final String EDITORS = "hasAnyRole('EDITOR', 'ADMIN')";
    /** Archived guides are withdrawn from readers: nobody needs to review them. */
    private static final List<GuideStatus> REVIEWED = List.of(GuideStatus.DRAFT, GuideStatus.IN_REVIEW,
            GuideStatus.PUBLISHED);

    private final EditorGuides editorGuides;
    private final Guides guides;
    private final ReaderReports reports;
    private final SearchService search;
    private final Auditor auditor;
    private final Clock clock;

    InboxService(EditorGuides editorGuides, Guides guides, ReaderReports reports, SearchService search,
                 Auditor auditor, ObjectProvider<Clock> clock) {
        this.editorGuides = editorGuides;
        this.guides = guides;
        this.reports = reports;
        this.search = search;
        this.auditor = auditor;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /**
     * Guides not archived whose review is due today or overdue (in the server's time zone), the most overdue
     * first, at most {@code limit}. Editors and admins.
     */
    @PreAuthorize(EDITORS)
    public List<DueGuide> due(int limit) {
        checkLimit(limit);
        LocalDate today = LocalDate.now(clock);
        return REVIEWED.stream()
                .flatMap(status -> editorGuides.list(new GuideListFilter(null, status, today, null), 0, limit).stream())
                .sorted(Comparator.comparing((GuideListing guide) -> Objects.requireNonNull(guide.reviewDue()))
                        .thenComparing(guide -> guide.slug().value()))
                .limit(limit)
                .map(guide -> new DueGuide(guide,
                        ChronoUnit.DAYS.between(Objects.requireNonNull(guide.reviewDue()), today)))
                .toList();
    }

    /**
     * Readers' open reports, grouped by guide and then by revision and step, the guides with the newest report
     * first, at most {@code guides} of them. Editors and admins.
     */
    @PreAuthorize(EDITORS)
    public List<GuideReports> openReports(int guides) {
        checkLimit(guides);
        return reports.open(guides);
    }

    /**
     * Closes one open report with a note (required, at most
     * {@link dev.waymark.report.ReaderReport#CLOSE_NOTE_MAX_LENGTH} characters). Editors and admins.
     *
     * @return what the report was about
     * @throws ReportClosedException when someone closed it already; nothing is changed
     * @throws IllegalArgumentException when the note is blank or too long, or there is no such report
     */
    @PreAuthorize(EDITORS)
    @Transactional
    public ReportSubject closeReport(ReportId id, String note) {
        Check.present(id, "report id");
        ReportClosing closing = closing(note);
        ReportSubject subject = reports.close(id, closing);
        audit(subject, "report " + id, closing);
        return subject;
    }

    /**
     * Closes the open reports about a step (or about the whole revision) that the editor saw: those up to
     * {@code lastSeen}; reports that came in later stay in the inbox. Editors and admins.
     *
     * @return how many reports were closed
     * @throws ReportClosedException when someone closed them all already; nothing is changed
     * @throws IllegalArgumentException when the note is blank or too long, or there are no such reports
     */
    @PreAuthorize(EDITORS)
    @Transactional
    public int closeReports(ReportSubject subject, ReportId lastSeen, String note) {
        Check.present(subject, "subject");
        Check.present(lastSeen, "last report seen");
        ReportClosing closing = closing(note);
        int closed = reports.close(subject, lastSeen, closing);
        audit(subject, closed == 1 ? "1 report" : closed + " reports", closing);
        return closed;
    }

    /**
     * Guides not archived with stale or missing translations in an offered language, most stale texts first, at most
     * {@code limit}, each with the languages that need work. Editors and admins.
     */
    @PreAuthorize(EDITORS)
    public List<GuideTranslations> translations(int limit) {
        checkLimit(limit);
        List<GuideTranslations> incomplete = new ArrayList<>();
        for (Guide guide : guides.all()) {
            List<Translations.Status> languages = guide.status() == GuideStatus.ARCHIVED ? List.of()
                    : editorGuides.translations(guide.content()).stream().filter(status -> !status.complete()).toList();
            if (!languages.isEmpty()) {
                incomplete.add(new GuideTranslations(guide, languages));
            }
        }
        return incomplete.stream()
                .sorted(Comparator.comparingInt((GuideTranslations entry) -> -entry.languages().stream()
                        .mapToInt(status -> status.stale().size()).sum())
                        .thenComparing(entry -> entry.guide().slug().value()))
                .limit(limit)
                .toList();
    }

    /** The most frequent searches that found nothing, most frequent first, at most {@code limit}. Editors and admins. */
    @PreAuthorize(EDITORS)
    public List<SearchMiss> misses(int limit) {
        checkLimit(limit);
        return search.misses(limit);
    }

    private ReportClosing closing(String note) {
        return new ReportClosing(me(), note, clock.instant());
    }

    private void audit(ReportSubject subject, String what, ReportClosing closing) {
        String slug = guides.find(subject.guideId()).map(Guide::slug).map(Object::toString)
                .orElse(subject.guideId().toString());
        auditor.record(closing.by(), ReviewActions.REPORT_CLOSE, slug,
                what + " about " + subject.describe() + ": " + closing.note());
    }

    private static void checkLimit(int limit) {
        Check.that(limit >= 1 && limit <= MAX_LIMIT, "limit must be 1 to " + MAX_LIMIT + " (was " + limit + ")");
    }

    private static String me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication.getName() == null) {
            throw new IllegalStateException("nobody is signed in");
        }
        return authentication.getName();
    }
}
