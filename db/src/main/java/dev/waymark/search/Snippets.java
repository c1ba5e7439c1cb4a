package dev.waymark.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A short window of a guide around the first place a query matches, as plain-text parts with the
 * matched words flagged. Computed in Java for the few hits shown, never in SQL for every candidate.
 */
final class Snippets {

    /** About how many characters a snippet shows. */
    static final int LENGTH = 120;
    private static final int BEFORE = 30;

    private Snippets() {
    }

    /**
     * The snippet for a hit: from the body (past its leading title, which readers see anyway) where
     * the query first matches; from the title when only the title matches; the body's start when
     * neither does.
     */
    static List<SnippetPart> of(String title, String body, List<SearchText.Part> parts) {
        int skip = body.startsWith(title) ? title.length() : 0;
        while (skip < body.length() && Character.isWhitespace(body.charAt(skip))) {
            skip++;
        }
        String rest = body.substring(skip);
        List<SearchText.Range> inBody = SearchText.matches(rest, parts);
        if (!inBody.isEmpty() || SearchText.matches(title, parts).isEmpty()) {
            return window(rest.strip().isEmpty() ? title : rest, inBody);
        }
        return window(title, SearchText.matches(title, parts));
    }

    private static List<SnippetPart> window(String text, List<SearchText.Range> ranges) {
        int first = ranges.isEmpty() ? 0 : ranges.getFirst().start();
        int start = Math.max(0, first - BEFORE);
        int end = Math.min(text.length(), start + LENGTH);
        start = Math.max(0, Math.min(start, end - LENGTH));
        start = clean(text, start);
        end = clean(text, end);
        List<SnippetPart> parts = new ArrayList<>();
        if (start > 0) {
            parts.add(new SnippetPart("…", false));
        }
        int at = start;
        for (SearchText.Range range : ranges) {
            int from = Math.max(range.start(), start);
            int to = Math.min(range.end(), end);
            if (from >= to) {
                continue;
            }
            if (from > at) {
                parts.add(plain(text.substring(at, from)));
            }
            parts.add(new SnippetPart(oneLine(text.substring(from, to)), true));
            at = to;
        }
        if (at < end) {
            parts.add(plain(text.substring(at, end)));
        }
        if (end < text.length()) {
            parts.add(new SnippetPart("…", false));
        }
        return merge(parts);
    }

    /** Never cuts a surrogate pair in two. */
    private static int clean(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
    }

    private static SnippetPart plain(String text) {
        return new SnippetPart(oneLine(text), false);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " · ");
    }

    private static List<SnippetPart> merge(List<SnippetPart> parts) {
        List<SnippetPart> merged = new ArrayList<>();
        for (SnippetPart part : parts) {
            if (!merged.isEmpty() && merged.getLast().matched() == part.matched()) {
                SnippetPart last = merged.removeLast();
                merged.add(new SnippetPart(last.text() + part.text(), part.matched()));
            } else if (!part.text().isEmpty()) {
                merged.add(part);
            }
        }
        return merged;
    }
}
