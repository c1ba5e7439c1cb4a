package dev.waymark.importer;

import dev.waymark.base.Check;
import dev.waymark.guide.GuideContent;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an article became: the draft content, the promotion that was dropped (line by line), the metadata read
 * from its head, hints for the editor, how many items landed in each part, and notes on where each heading went
 * and what went to the unsorted part and why. Every statement taken from the article is marked unverified.
 *
 * @param articleLanguage the language tag the article's metadata declares ("sr-Latn"), as written; null when it
 *                        declares none
 */
public record ImportResult(GuideContent content, List<DroppedLine> dropped, List<MetadataLine> metadata,
                           @Nullable String articleLanguage, List<ImportHint> hints, Map<ImportPart, Integer> counts,
                           List<ImportNote> notes) {

    public ImportResult {
        Check.present(content, "content");
        dropped = Check.list(dropped, "dropped lines");
        metadata = Check.list(metadata, "metadata lines");
        hints = Check.list(hints, "hints");
        Check.present(counts, "counts");
        notes = Check.list(notes, "notes");
        EnumMap<ImportPart, Integer> all = new EnumMap<>(ImportPart.class);
        for (ImportPart part : ImportPart.values()) {
            all.put(part, counts.getOrDefault(part, 0));
        }
        counts = java.util.Collections.unmodifiableMap(all);
    }

    public int count(ImportPart part) {
        return counts.get(part);
    }

    /** The notes about text that went to the unsorted part, in the article's order. */
    public List<ImportNote> unsortedNotes() {
        return notes.stream().filter(note -> note.kind() == ImportNote.Kind.UNSORTED).toList();
    }
}
