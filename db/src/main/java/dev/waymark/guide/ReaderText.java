package dev.waymark.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Everything a reader can read in a guide, in one language, as plain text for searching. */
final class ReaderText {

    private ReaderText() {
    }

    static String of(GuideContent content, Language language) {
        List<String> parts = new ArrayList<>();
        add(parts, content, content.title(), language);
        add(parts, content, content.summary(), language);
        content.requirements().forEach(r -> {
            add(parts, content, r.condition(), language);
            add(parts, content, r.whenNotMet(), language);
        });
        content.documents().forEach(d -> {
            add(parts, content, d.name(), language);
            add(parts, content, d.note(), language);
        });
        for (Way way : content.ways()) {
            parts.add(way.heading(language, content.sourceLanguage()));
            add(parts, content, way.summary(), language);
            for (Step step : way.steps()) {
                add(parts, content, step.text(), language);
                add(parts, content, step.expected(), language);
                add(parts, content, step.warning(), language);
            }
            way.contacts().forEach(contact -> {
                parts.add(contact.value());
                add(parts, content, contact.label(), language);
            });
        }
        content.checks().forEach(c -> add(parts, content, c.text(), language));
        content.cautions().forEach(c -> add(parts, content, c.text(), language));
        content.faq().forEach(f -> {
            add(parts, content, f.question(), language);
            add(parts, content, f.answer(), language);
        });
        content.phrases().forEach(p -> {
            parts.add(p.text());
            add(parts, content, p.meaning(), language);
        });
        return parts.stream().filter(part -> !part.isBlank()).collect(Collectors.joining("\n"));
    }

    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final java.util.regex.Pattern EMPHASIS = java.util.regex.Pattern.compile("[*_`]+|^\\s*[-+]\\s+|^#+\\s*",
            java.util.regex.Pattern.MULTILINE);

    private static void add(List<String> parts, GuideContent content, LocalizedText text, Language language) {
        parts.add(plain(content.text(text, language)));
    }

    /** Markdown as a reader sees it: link texts without their targets, no emphasis marks or list bullets. */
    static String plain(String markdown) {
        return EMPHASIS.matcher(LINK.matcher(markdown).replaceAll("$1")).replaceAll("");
    }
}
