package dev.waymark.search;

import dev.waymark.base.Check;

/** A piece of a snippet: plain text, never HTML, and whether it is a matched word. */
public record SnippetPart(String text, boolean matched) {

    public SnippetPart {
        Check.present(text, "snippet text");
    }
}
