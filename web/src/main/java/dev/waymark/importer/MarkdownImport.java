package dev.waymark.importer;

import dev.waymark.base.Check;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.Slug;

/** A Markdown article saved as a draft guide: where to find the draft, and what the import did. */
public record MarkdownImport(GuideId id, Slug slug, ImportResult report) {

    public MarkdownImport {
        Check.present(id, "guide id");
        Check.present(slug, "slug");
        Check.present(report, "report");
    }

    /** The route of the guide editor for the draft. */
    public String editorRoute() {
        return "editor/guides/" + id;
    }
}
