package dev.waymark.importer;

import dev.waymark.base.Check;
import dev.waymark.guide.GuideContent;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an article became: the draft content, the promotion that was dropped (line by line), hints for the
 * editor, and how many items landed in each part. Every statement taken from the article is marked unverified.
 */
public record ImportResult(GuideContent content, List<DroppedLine> dropped, List<ImportHint> hints,
                           Map<ImportPart, Integer> counts) {

    public ImportResult {
        Check.present(content, "content");
        dropped = Check.list(dropped, "dropped lines");
        hints = Check.list(hints, "hints");
        Check.present(counts, "counts");
        EnumMap<ImportPart, Integer> all = new EnumMap<>(ImportPart.class);
        for (ImportPart part : ImportPart.values()) {
            all.put(part, counts.getOrDefault(part, 0));
        }
        counts = java.util.Collections.unmodifiableMap(all);
    }

    public int count(ImportPart part) {
        return counts.get(part);
    }
}
