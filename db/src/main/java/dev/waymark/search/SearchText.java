package dev.waymark.search;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How text becomes searchable, the same way for guides and for queries (see DESIGN.md, "Search that
 * works for Chinese"). Pure Java, thread-safe.
 *
 * <ul>
 *   <li>Normalization: NFKC (full-width {@code ＥＳＩＭ} becomes {@code ESIM}), lower case, Traditional
 *       Chinese to Simplified ({@code 註銷} becomes {@code 注销}). It works one code point at a time, so
 *       every normalized character can be traced back to the original text for snippets.</li>
 *   <li>Tokens: every run of CJK characters gives overlapping two-character tokens (a lone character
 *       stays itself) for the <em>words</em> vector, and each of its characters once for the
 *       <em>characters</em> vector; every other run of letters and digits is one whole word in the
 *       words vector. No dictionary decides where Chinese words start, so none can be missed.</li>
 *   <li>Queries: one CJK character searches the characters vector, two characters one token, three
 *       or more the tokens as an adjacent phrase ({@code '运营' <-> '营商'}); a Latin word matches as
 *       a prefix ({@code 'esim':*}); all parts must match. Every hit is then rechecked with an escaped
 *       {@code LIKE} per part on the normalized text, so the tokens only narrow the candidates.</li>
 * </ul>
 */
public final class SearchText {

    /** Longer words are cut to this many code points in the vectors; queries then match them as prefixes. */
    static final int MAX_TOKEN_LENGTH = 60;
    /** A query uses at most this many parts (words or CJK runs); the rest are ignored. */
    static final int MAX_QUERY_PARTS = 16;
    /** PostgreSQL keeps at most 256 positions per lexeme and none above 16,383. */
    private static final int MAX_POSITIONS_PER_TOKEN = 255;
    private static final int MAX_POSITION = 16_383;
    private static final int CACHE_LIMIT = 50_000;

    private static final Transliterator TRADITIONAL_TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
    private static final Map<Integer, String> NORMALIZED = new ConcurrentHashMap<>();

    private SearchText() {
    }

    /** The normalized form of {@code text}: NFKC, lower case, Simplified Chinese. Never null. */
    public static String normalize(String text) {
        return normalizeTracked(text).text();
    }

    /**
     * Normalized text that remembers where each of its characters came from.
     *
     * @param from for each normalized char, the index of the original code point it came from
     * @param to for each normalized char, the index just after that original code point
     */
    record Tracked(String text, int[] from, int[] to) {
    }

    static Tracked normalizeTracked(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] from = new int[text.length() * 2 + 4];
        int[] to = new int[from.length];
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String normalized = normalizeCodePoint(cp);
            if (out.length() + normalized.length() > from.length) {
                int size = Math.max(from.length * 2, out.length() + normalized.length());
                from = java.util.Arrays.copyOf(from, size);
                to = java.util.Arrays.copyOf(to, size);
            }
            for (int k = 0; k < normalized.length(); k++) {
                from[out.length() + k] = i;
                to[out.length() + k] = next;
            }
            out.append(normalized);
            i = next;
        }
        return new Tracked(out.toString(), java.util.Arrays.copyOf(from, out.length()),
                java.util.Arrays.copyOf(to, out.length()));
    }

    private static String normalizeCodePoint(int cp) {
        if (cp < 0x80) {
            return String.valueOf((char) (cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp));
        }
        String cached = NORMALIZED.get(cp);
        if (cached != null) {
            return cached;
        }
        // Russian writes ё and е alike in most texts: both sides fold ё to е.
        String folded = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('ё', 'е');
        StringBuilder result = new StringBuilder(folded.length());
        folded.codePoints().forEach(c -> result.append(isCjk(c) ? simplified(c) : Character.toString(c)));
        String normalized = result.toString();
        if (NORMALIZED.size() < CACHE_LIMIT) {
            NORMALIZED.put(cp, normalized);
        }
        return normalized;
    }

    private static String simplified(int cp) {
        synchronized (TRADITIONAL_TO_SIMPLIFIED) {
            return TRADITIONAL_TO_SIMPLIFIED.transliterate(Character.toString(cp));
        }
    }

    /** Han characters and Japanese kana: text written without spaces between words. */
    static boolean isCjk(int cp) {
        if (cp < 0x2E80 || !Character.isLetter(cp)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** A letter, digit or combining mark of a word written with spaces (Latin, Cyrillic, Greek...). */
    static boolean isWordChar(int cp) {
        return (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) && !isCjk(cp);
    }

    /** A run of normalized text that search treats as one unit. */
    record Run(String text, boolean cjk, int start) {
    }

    /** The CJK runs and words of normalized text, in order. */
    static List<Run> runs(String normalized) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < normalized.length()) {
            int cp = normalized.codePointAt(i);
            boolean cjk = isCjk(cp);
            if (!cjk && !isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < normalized.length()) {
                int c = normalized.codePointAt(i);
                if (cjk ? !isCjk(c) : !isWordChar(c)) {
                    break;
                }
                i += Character.charCount(c);
            }
            runs.add(new Run(normalized.substring(start, i), cjk, start));
        }
        return runs;
    }

    /**
     * A guide in one language, ready for the search columns.
     *
     * @param title the normalized title
     * @param text the normalized title and body, which hits are rechecked against
     * @param words a {@code tsvector} literal of CJK bigrams (with positions) and whole words
     * @param chars a {@code tsvector} literal of single CJK characters
     * @param titleTokens a {@code tsvector} literal of the title alone: its bigrams, words and single characters,
     *                    so that title matches can be found without ranking every body match
     */
    public record Document(String title, String text, String words, String chars, String titleTokens) {
    }

    /** The search columns for a guide's title and body. Never null. */
    public static Document document(String title, String body) {
        String normalizedTitle = normalize(title);
        String text = normalizedTitle + "\n" + normalize(body);
        Map<String, List<Integer>> words = new LinkedHashMap<>();
        Set<String> chars = new LinkedHashSet<>();
        tokens(text, words, chars);
        Map<String, List<Integer>> titleTokens = new LinkedHashMap<>();
        Set<String> titleChars = new LinkedHashSet<>();
        tokens(normalizedTitle, titleTokens, titleChars);
        titleChars.forEach(c -> titleTokens.putIfAbsent(c, new ArrayList<>()));
        return new Document(normalizedTitle, text, vector(words), String.join(" ", chars.stream().map(SearchText::quote).toList()),
                vector(titleTokens));
    }

    private static void tokens(String text, Map<String, List<Integer>> words, Set<String> chars) {
        int position = 1;
        for (Run run : runs(text)) {
            if (run.cjk()) {
                int[] cps = run.text().codePoints().toArray();
                if (cps.length == 1) {
                    add(words, run.text(), position++);
                } else {
                    for (int k = 0; k + 1 < cps.length; k++) {
                        add(words, new String(cps, k, 2), position++);
                    }
                }
                for (int cp : cps) {
                    chars.add(Character.toString(cp));
                }
                position++; // a gap, so the last token of one run is never next to the first of another
            } else {
                add(words, cut(run.text()), position++);
            }
        }
    }

    private static String vector(Map<String, List<Integer>> tokens) {
        return tokens.entrySet().stream()
                .map(e -> e.getValue().isEmpty() ? quote(e.getKey())
                        : quote(e.getKey()) + ":" + e.getValue().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .collect(Collectors.joining(" "));
    }

    private static void add(Map<String, List<Integer>> tokens, String token, int position) {
        List<Integer> positions = tokens.computeIfAbsent(token, t -> new ArrayList<>(2));
        if (positions.size() < MAX_POSITIONS_PER_TOKEN) {
            positions.add(Math.min(position, MAX_POSITION));
        }
    }

    private static String cut(String word) {
        return word.codePointCount(0, word.length()) <= MAX_TOKEN_LENGTH ? word
                : word.substring(0, word.offsetByCodePoints(0, MAX_TOKEN_LENGTH));
    }

    /** A {@code tsvector}/{@code tsquery} lexeme literal, quoted so that no character is special. */
    private static String quote(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** One part of a query: a CJK run or a word, normalized. */
    public record Part(String text, boolean cjk) {

        /** A {@code LIKE} pattern that finds the part anywhere, with its wildcards escaped (escape character {@code \}). */
        public String likePattern() {
            return "%" + escapeLike(text) + "%";
        }

        int length() {
            return text.codePointCount(0, text.length());
        }
    }

    /**
     * How to run a query.
     *
     * @param words a {@code tsquery} literal for the words vector, or null when no part needs it
     * @param chars a {@code tsquery} literal for the characters vector, or null when no part needs it
     * @param parts every part, each to be rechecked with {@link Part#likePattern()}; empty when the
     *              query has nothing searchable (only punctuation, symbols or emoji)
     */
    public record Plan(@Nullable String words, @Nullable String chars, List<Part> parts) {

        public boolean isEmpty() {
            return parts.isEmpty();
        }

        /** A {@code tsquery} literal for the title tokens: every part at once; null when the plan is empty. */
        public @Nullable String title() {
            return words == null ? chars : chars == null ? words : words + " & " + chars;
        }
    }

    /** Plans a query typed by a reader. Never null; never throws for any input. */
    public static Plan plan(String query) {
        return plan(query, Map.of());
    }

    /** The Cyrillic words of a query, normalized, which {@link #plan(String, Map)} can search by their stems. */
    public static List<String> cyrillicWords(String query) {
        return runs(normalize(query)).stream().filter(run -> !run.cjk() && isCyrillic(run.text())).map(Run::text)
                .distinct().limit(MAX_QUERY_PARTS).toList();
    }

    private static boolean isCyrillic(String word) {
        return word.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC);
    }

    /**
     * Plans a query, searching each word that {@code stems} names by its stem (PostgreSQL's Russian Snowball stem,
     * for example), so that «Расторжения» finds «расторжение»: a stem is used when it begins the word and has at
     * least three letters; words match as prefixes, so the stem finds every form. Never null; never throws.
     */
    public static Plan plan(String query, Map<String, String> stems) {
        List<Part> parts = new ArrayList<>();
        for (Run run : runs(normalize(query))) {
            String text = run.text();
            String stem = run.cjk() ? null : stems.get(text);
            if (stem != null && text.startsWith(stem) && stem.codePointCount(0, stem.length()) >= 3) {
                text = stem;
            }
            Part part = new Part(text, run.cjk());
            if (!parts.contains(part) && parts.size() < MAX_QUERY_PARTS) {
                parts.add(part);
            }
        }
        List<String> words = new ArrayList<>();
        List<String> chars = new ArrayList<>();
        for (Part part : parts) {
            if (!part.cjk()) {
                words.add(quote(cut(part.text())) + ":*");
            } else if (part.length() == 1) {
                chars.add(quote(part.text()));
            } else {
                int[] cps = part.text().codePoints().toArray();
                List<String> bigrams = new ArrayList<>();
                for (int k = 0; k + 1 < cps.length; k++) {
                    bigrams.add(quote(new String(cps, k, 2)));
                }
                words.add(bigrams.size() == 1 ? bigrams.getFirst() : "(" + String.join(" <-> ", bigrams) + ")");
            }
        }
        return new Plan(words.isEmpty() ? null : String.join(" & ", words),
                chars.isEmpty() ? null : String.join(" & ", chars), List.copyOf(parts));
    }

    /** Escapes LIKE's wildcards and its escape character {@code \}, so the text matches only itself. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A stretch of original text, {@code [start, end)}. */
    record Range(int start, int end) {
    }

    /**
     * Where the parts occur in {@code original}, as ranges of the original text, sorted and merged.
     * A CJK part is marked where it occurs; a word part marks each whole word it begins.
     */
    static List<Range> matches(String original, List<Part> parts) {
        Tracked tracked = normalizeTracked(original);
        String text = tracked.text();
        List<Range> found = new ArrayList<>();
        for (Part part : parts) {
            int at = text.indexOf(part.text());
            while (at >= 0) {
                int end = at + part.text().length();
                boolean accept = true;
                if (!part.cjk()) {
                    accept = at == 0 || !isWordChar(text.codePointBefore(at));
                    while (end < text.length() && isWordChar(text.codePointAt(end))) {
                        end += Character.charCount(text.codePointAt(end));
                    }
                }
                if (accept) {
                    found.add(new Range(tracked.from()[at], tracked.to()[end - 1]));
                }
                at = text.indexOf(part.text(), at + 1);
            }
        }
        found.sort(java.util.Comparator.comparingInt(Range::start));
        List<Range> merged = new ArrayList<>();
        for (Range range : found) {
            if (!merged.isEmpty() && range.start() <= merged.getLast().end()) {
                Range last = merged.removeLast();
                merged.add(new Range(last.start(), Math.max(last.end(), range.end())));
            } else {
                merged.add(range);
            }
        }
        return merged;
    }
}
