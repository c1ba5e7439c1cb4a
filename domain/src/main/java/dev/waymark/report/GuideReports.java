package dev.waymark.report;

import dev.waymark.base.Check;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.GuideStatus;
import dev.waymark.guide.Language;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.Slug;
import java.time.Instant;
import java.util.List;

/**
 * One guide's open reports in the editors' inbox, grouped by what they are about: newest revision first, then
 * the reports about the whole guide before those about steps, by way and step.
 *
 * @param title the guide's current title; {@link #title(Language)} picks a language
 * @param status where the guide stands now: reports about an archived guide stay until an editor closes them
 * @param latest when the newest of its open reports came in
 */
public record GuideReports(GuideId guideId, Slug slug, LocalizedText title, Language sourceLanguage,
                           GuideStatus status, List<StepReports> steps, Instant latest) {

    public GuideReports {
        Check.present(guideId, "guide");
        Check.present(slug, "slug");
        Check.present(title, "title");
        Check.present(sourceLanguage, "source language");
        Check.present(status, "status");
        steps = Check.list(steps, "steps");
        Check.that(!steps.isEmpty(), "a guide in the inbox has at least one open report");
        for (StepReports step : steps) {
            Check.that(step.subject().guideId().equals(guideId), "reports about guide " + step.subject().guideId()
                    + " listed under guide " + guideId);
        }
        Check.present(latest, "time");
    }

    /** The title in {@code language}, else in the guide's own language. */
    public String title(Language language) {
        return title.resolve(language, sourceLanguage);
    }

    /** How many open reports the guide has. */
    public long total() {
        return steps.stream().mapToLong(StepReports::total).sum();
    }
}
