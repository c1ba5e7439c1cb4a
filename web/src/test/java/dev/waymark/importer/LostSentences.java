package dev.waymark.importer;

import dev.waymark.guide.GuideContent;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.Way;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the sentences of an article that neither the draft nor the import report holds. Every line of the input
 * is cut into sentences; each is normalised to its letters and digits, lower case (Markdown marks, list numbers,
 * heading marks and punctuation aside), and must be found whole in one text of the draft (title, summary, an item
 * or step with its fields, a question with its answer, a source, the unsorted part) or of the report (a dropped
 * promotion, a metadata line, a note on a heading). The promotion the report lists as dropped is taken out of its
 * line first: the report holds it whole.
 */
final class LostSentences {

    private static final Pattern LINE_START = Pattern.compile(
            "^\\s*(?:>\\s*)*(?:#{1,6}\\s+|[-*+]\\s+|\\d{1,3}[.)]\\s+)?(?:\\*\\*)?\\s*(?:Q|A|问|答)?\\s*[:：]?\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。！？；;])\\s*");

    private LostSentences() {
    }

    /** The sentences of {@code article} found nowhere in {@code result}, as written. */
    static List<String> of(String article, ImportResult result) {
        List<String> haystack = texts(result).stream().map(LostSentences::normalized).toList();
        List<String> lost = new ArrayList<>();
        String[] lines = article.replace("\r\n", "\n").split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            // Promotion the report lists as dropped is accounted for by the report, piece by piece.
            for (DroppedLine dropped : result.dropped()) {
                if (dropped.line() == i + 1) {
                    line = line.replace(dropped.text(), " ");
                }
            }
            String text = LINE_START.matcher(line).replaceFirst("");
            for (String sentence : SENTENCE_END.split(text)) {
                String wanted = normalized(sentence);
                if (!wanted.isEmpty() && haystack.stream().noneMatch(piece -> piece.contains(wanted))) {
                    // A heading's ordinal ("Step 2", "第一步") is numbering, not a sentence: try without it.
                    String bare = normalized(Headings.withoutOrdinal(sentence));
                    if (bare.isEmpty() || haystack.stream().noneMatch(piece -> piece.contains(bare))) {
                        lost.add(sentence.strip());
                    }
                }
            }
        }
        return lost;
    }

    /** How many sentences the article has, counted as {@link #of} counts them. */
    static int count(String article) {
        int count = 0;
        for (String line : article.split("\n")) {
            for (String sentence : SENTENCE_END.split(LINE_START.matcher(line).replaceFirst(""))) {
                count += normalized(sentence).isEmpty() ? 0 : 1;
            }
        }
        return count;
    }

    static String normalized(String text) {
        return text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** Every text of the draft and the report, each item's fields joined in order. */
    static List<String> texts(ImportResult result) {
        GuideContent content = result.content();
        List<String> texts = new ArrayList<>(List.of(all(content.title()), all(content.summary()), content.unsorted()));
        content.requirements().forEach(r -> texts.add(all(r.condition()) + all(r.whenNotMet())));
        content.documents().forEach(d -> texts.add(all(d.name()) + all(d.note())));
        for (Way way : content.ways()) {
            texts.add(all(way.title()));
            texts.add(all(way.summary()));
            way.steps().forEach(step -> texts.add(all(step.text()) + all(step.expected()) + all(step.warning())));
        }
        content.checks().forEach(c -> texts.add(all(c.text())));
        content.cautions().forEach(c -> texts.add(all(c.text())));
        content.faq().forEach(f -> texts.add(all(f.question()) + all(f.answer())));
        content.provenance().sources().forEach(source -> {
            texts.add(source.url().toString());
            texts.add(source.title());
        });
        result.dropped().forEach(line -> texts.add(line.text()));
        result.metadata().forEach(line -> texts.add(line.key() + line.value()));
        result.notes().stream().filter(note -> note.kind() == ImportNote.Kind.HEADING).forEach(note -> texts.add(note.text()));
        return texts;
    }

    private static String all(LocalizedText text) {
        return text == null ? "" : String.join("\u0000", text.values().values());
    }
}
