package dev.waymark.guide;

import dev.waymark.base.Check;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One way to do the procedure (online, hotline, store visit...), with its ordered steps.
 *
 * @param title a heading for this way; when empty the kind's label is used
 * @param processingTime how long the operator takes, only where a source gives it; null otherwise
 * @param cost what it costs; null when unknown
 * @param pictures what the way looks like (the operator app's start screen), in order; may be empty
 */
public record Way(WayKind kind, LocalizedText title, LocalizedText summary, List<Step> steps,
                  @Nullable Fact processingTime, @Nullable Fact cost, List<ContactPoint> contacts,
                  Applicability appliesTo, Evidence evidence, List<Illustration> pictures) {

    public static final int MAX_STEPS = 50;
    public static final int TITLE_MAX_LENGTH = 160;
    public static final int SUMMARY_MAX_LENGTH = 2000;

    public Way {
        Check.present(kind, "way kind");
        title = title == null ? LocalizedText.EMPTY : title.checkMaxLength(TITLE_MAX_LENGTH, "way title");
        summary = summary == null ? LocalizedText.EMPTY : summary.checkMaxLength(SUMMARY_MAX_LENGTH, "way summary");
        steps = Check.list(steps, "steps");
        Check.that(steps.size() <= MAX_STEPS, "a way has at most " + MAX_STEPS + " steps");
        contacts = Check.list(contacts, "contacts");
        appliesTo = appliesTo == null ? Applicability.ALL : appliesTo;
        evidence = evidence == null ? Evidence.UNVERIFIED : evidence;
        pictures = Illustration.list(pictures);
    }

    /** A way without pictures. */
    public Way(WayKind kind, LocalizedText title, LocalizedText summary, List<Step> steps, @Nullable Fact processingTime,
               @Nullable Fact cost, List<ContactPoint> contacts, Applicability appliesTo, Evidence evidence) {
        this(kind, title, summary, steps, processingTime, cost, contacts, appliesTo, evidence, List.of());
    }

    public static Way of(WayKind kind, Step... steps) {
        return new Way(kind, null, null, List.of(steps), null, null, List.of(), Applicability.ALL, Evidence.ADVICE);
    }

    /** The way's heading in {@code language}: its own title or the kind's label. */
    public String heading(Language language, Language fallback) {
        return title.isEmpty() ? kind.label(language) : title.resolve(language, fallback);
    }

    /** The steps that apply to the situation, in order. */
    public List<Step> stepsFor(Situation situation) {
        return steps.stream().filter(step -> step.appliesTo().appliesTo(situation)).toList();
    }

    public Way withSteps(List<Step> newSteps) {
        return new Way(kind, title, summary, newSteps, processingTime, cost, contacts, appliesTo, evidence, pictures);
    }

    public Way withPictures(List<Illustration> newPictures) {
        return new Way(kind, title, summary, steps, processingTime, cost, contacts, appliesTo, evidence, newPictures);
    }
}
