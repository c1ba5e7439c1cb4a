package dev.waymark.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** Small edits of test guides, as an editor would make them, for comparing and merging versions. */
final class GuideEdits {

    private GuideEdits() {
    }

    /** The content with any of its parts changed. */
    static GuideContent edit(GuideContent content, Consumer<GuideParts> change) {
        GuideParts parts = new GuideParts(null, content);
        change.accept(parts);
        return parts.content();
    }

    /** The content with its way of {@code kind} changed. */
    static GuideContent way(GuideContent content, WayKind kind, UnaryOperator<Way> change) {
        return content.withWays(content.ways().stream().map(way -> way.kind() == kind ? change.apply(way) : way)
                .toList());
    }

    /** The content with the steps of its way of {@code kind} changed (given as a mutable copy). */
    static GuideContent steps(GuideContent content, WayKind kind, Consumer<List<Step>> change) {
        return way(content, kind, way -> {
            List<Step> steps = new ArrayList<>(way.steps());
            change.accept(steps);
            return way.withSteps(steps);
        });
    }

    /** A list with {@code item} moved from one position to another, counted from 1. */
    static <T> void move(List<T> list, int from, int to) {
        list.add(to - 1, list.remove(from - 1));
    }

    static Step step(String zh, String en) {
        return Step.of(TestGuides.text(zh, en));
    }

    /** A step's text with one language changed. */
    static Step retext(Step step, Language language, String text) {
        return new Step(step.text().with(language, text), step.expected(), step.warning(), step.appliesTo(),
                step.evidence());
    }

    static <T> List<T> with(List<T> list, Consumer<List<T>> change) {
        List<T> copy = new ArrayList<>(list);
        change.accept(copy);
        return List.copyOf(copy);
    }

    /** A draft guide with the content, as loaded by an editor at {@code version}. */
    static Guide guide(GuideId id, GuideContent content, long version) {
        return new Guide(id, new Slug("serbia-cancel-sim"), content, GuideStatus.DRAFT, (int) version, null, version);
    }
}
