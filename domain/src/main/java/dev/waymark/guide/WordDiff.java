package dev.waymark.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that changed between two versions of a text, for showing a change word by word. Latin words and
 * numbers count as one token each, a Chinese (or other CJK) character as one token, and spaces and punctuation
 * as tokens of their own, so {@code 0800 100 100} to {@code 0800 100 200} changes one token.
 */
public final class WordDiff {

    /** Beyond this many token pairs the texts are shown as removed and added whole, to bound the work. */
    static final long MAX_PAIRS = 4_000_000;

    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]|[\\p{L}\\p{N}]+|\\s+|.", Pattern.DOTALL);

    /** Whether a piece of text is in both versions, only in the older one, or only in the newer one. */
    public enum Kind { SAME, REMOVED, ADDED }

    /** A run of text of one kind. */
    public record Segment(Kind kind, String text) {
    }

    private WordDiff() {
    }

    /**
     * The two texts as one sequence of runs: the older text is the {@code SAME} and {@code REMOVED} runs in order,
     * the newer one the {@code SAME} and {@code ADDED} runs. Never null; adjacent runs of one kind are joined.
     */
    public static List<Segment> between(String before, String after) {
        List<String> older = tokens(before);
        List<String> newer = tokens(after);
        List<Segment> segments = new ArrayList<>();
        if ((long) older.size() * newer.size() > MAX_PAIRS) {
            append(segments, Kind.REMOVED, before);
            append(segments, Kind.ADDED, after);
            return segments;
        }
        // Longest common subsequence of tokens, walked from the start.
        int[][] common = new int[older.size() + 1][newer.size() + 1];
        for (int i = older.size() - 1; i >= 0; i--) {
            for (int j = newer.size() - 1; j >= 0; j--) {
                common[i][j] = older.get(i).equals(newer.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < older.size() && j < newer.size()) {
            if (older.get(i).equals(newer.get(j))) {
                append(segments, Kind.SAME, older.get(i++));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                append(segments, Kind.REMOVED, older.get(i++));
            } else {
                append(segments, Kind.ADDED, newer.get(j++));
            }
        }
        while (i < older.size()) {
            append(segments, Kind.REMOVED, older.get(i++));
        }
        while (j < newer.size()) {
            append(segments, Kind.ADDED, newer.get(j++));
        }
        return tidy(segments);
    }

    /**
     * Makes a change read as a phrase: a space left "the same" between two changes joins them, and each run of
     * changes becomes the removed text followed by the added text.
     */
    private static List<Segment> tidy(List<Segment> raw) {
        List<Segment> tidy = new ArrayList<>();
        StringBuilder removed = new StringBuilder();
        StringBuilder added = new StringBuilder();
        for (int k = 0; k < raw.size(); k++) {
            Segment segment = raw.get(k);
            boolean joiningSpace = segment.kind() == Kind.SAME && segment.text().isBlank() && k > 0
                    && k < raw.size() - 1 && raw.get(k + 1).kind() != Kind.SAME;
            if (segment.kind() == Kind.SAME && !joiningSpace) {
                flush(tidy, removed, added);
                append(tidy, Kind.SAME, segment.text());
                continue;
            }
            if (segment.kind() != Kind.ADDED) {
                removed.append(segment.text());
            }
            if (segment.kind() != Kind.REMOVED) {
                added.append(segment.text());
            }
        }
        flush(tidy, removed, added);
        return tidy;
    }

    private static void flush(List<Segment> tidy, StringBuilder removed, StringBuilder added) {
        append(tidy, Kind.REMOVED, removed.toString());
        append(tidy, Kind.ADDED, added.toString());
        removed.setLength(0);
        added.setLength(0);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static void append(List<Segment> segments, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!segments.isEmpty() && segments.getLast().kind() == kind) {
            segments.set(segments.size() - 1, new Segment(kind, segments.getLast().text() + text));
        } else {
            segments.add(new Segment(kind, text));
        }
    }
}
