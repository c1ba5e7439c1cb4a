package dev.waymark.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The metadata at the head of an article: YAML front matter between {@code ---} lines, or plain
 * {@code key: value} lines before the text ("source: https://...", "language: sr-Latn", "Izvor: ...",
 * "Источник: ...", "来源：..."). Only the keys below are read as metadata, so an opening sentence such as
 * "Note: ..." stays text. The lines read are blanked, keeping the article's line numbers, and every one of them
 * is reported ({@link MetadataLine}) so that nothing of the article is lost.
 */
final class FrontMatter {

    /** What the head of the article said, and the article without those lines (same number of lines). */
    record Read(String text, List<MetadataLine> lines, List<URI> sources, @Nullable String languageTag,
                @Nullable String title, @Nullable LocalDate date) {

        Optional<String> language() {
            return Optional.ofNullable(languageTag);
        }
    }

    private static final Pattern FENCE = Pattern.compile("^\\s*(?:---|\\.\\.\\.)\\s*$");
    private static final Pattern KEY_VALUE = Pattern.compile("^\\s*(?:[-*]\\s+)?\\*{0,2}([\\p{L}][\\p{L} _-]{0,30}?)\\*{0,2}\\s*[:：]\\*{0,2}\\s*(.*?)\\s*$");
    private static final Pattern LIST_ENTRY = Pattern.compile("^\\s*-\\s+(.*?)\\s*$");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"')\\]]+");
    private static final Pattern SOURCE_KEYS = Pattern.compile("(?iu)source|sources|url|link|original|izvor|izvori|"
            + "извор|извори|источник|источники|ссылка|来源|原文|出处|链接");
    private static final Pattern LANGUAGE_KEYS = Pattern.compile("(?iu)language|lang|locale|jezik|језик|язык|语言");
    private static final Pattern TITLE_KEYS = Pattern.compile("(?iu)title|naslov|наслов|заголовок|标题");
    private static final Pattern DATE_KEYS = Pattern.compile("(?iu)date|read|retrieved|accessed|updated|datum|датум|"
            + "дата|日期|更新");
    private static final Pattern OTHER_KEYS = Pattern.compile("(?iu)author|autor|аутор|автор|作者|tags|category|"
            + "country|zemlja|земља|страна|国家|operator|оператор|运营商|description|slug|layout|draft");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private FrontMatter() {
    }

    static Read read(String text) {
        String[] lines = text.split("\n", -1);
        List<MetadataLine> read = new ArrayList<>();
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first < lines.length && lines[first].strip().equals("---")) {
            int end = first + 1;
            while (end < lines.length && !FENCE.matcher(lines[end]).matches()) {
                end++;
            }
            if (end < lines.length && isYaml(lines, first + 1, end)) {
                yaml(lines, first, end, read);
                return result(lines, read);
            }
        }
        // Plain metadata lines: consecutive known keys from the top, blank lines between them allowed.
        for (int i = first; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Optional<MetadataLine> line = keyValue(i, lines[i], true);
            if (line.isEmpty()) {
                break;
            }
            read.add(line.get());
            lines[i] = "";
        }
        return result(lines, read);
    }

    /**
     * True when every line between the fences is blank, a {@code key: value} line, a list entry or an indented
     * continuation: a Markdown thematic break ({@code ---}) above a heading is not front matter.
     */
    private static boolean isYaml(String[] lines, int from, int to) {
        for (int i = from; i < to; i++) {
            String line = lines[i];
            if (!line.isBlank() && !KEY_VALUE.matcher(line).matches() && !LIST_ENTRY.matcher(line).matches()
                    && !Character.isWhitespace(line.charAt(0)) || line.stripLeading().startsWith("#")) {
                return false;
            }
        }
        return true;
    }

    private static void yaml(String[] lines, int open, int close, List<MetadataLine> read) {
        read.add(new MetadataLine(open + 1, lines[open].strip(), "", MetadataLine.Use.FENCE));
        String listKey = null;
        for (int i = open + 1; i < close; i++) {
            String line = lines[i];
            Matcher entry = LIST_ENTRY.matcher(line);
            if (listKey != null && entry.matches()) {
                read.add(new MetadataLine(i + 1, listKey, unquoted(entry.group(1)), use(listKey, entry.group(1))));
            } else if (!line.isBlank()) {
                Optional<MetadataLine> keyValue = keyValue(i, line, false);
                if (keyValue.isPresent()) {
                    MetadataLine found = keyValue.get();
                    listKey = found.value().isEmpty() ? found.key() : null;
                    read.add(found);
                } else {
                    read.add(new MetadataLine(i + 1, "", line.strip(), MetadataLine.Use.KEPT));
                }
            }
            lines[i] = "";
        }
        read.add(new MetadataLine(close + 1, lines[close].strip(), "", MetadataLine.Use.FENCE));
        lines[open] = "";
        lines[close] = "";
    }

    /** A {@code key: value} line; outside front matter only with a key this reader knows. */
    private static Optional<MetadataLine> keyValue(int index, String line, boolean knownKeysOnly) {
        Matcher matcher = KEY_VALUE.matcher(line);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String key = matcher.group(1).strip();
        String value = unquoted(matcher.group(2));
        MetadataLine.Use use = use(key, value);
        if (knownKeysOnly && (use == MetadataLine.Use.KEPT || value.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new MetadataLine(index + 1, key, value, use));
    }

    private static MetadataLine.Use use(String key, String value) {
        String bare = key.strip().toLowerCase(Locale.ROOT);
        if (SOURCE_KEYS.matcher(bare).matches()) {
            return URL.matcher(value).find() || value.isEmpty() ? MetadataLine.Use.SOURCE : MetadataLine.Use.KEPT;
        }
        if (LANGUAGE_KEYS.matcher(bare).matches()) {
            return MetadataLine.Use.LANGUAGE;
        }
        if (TITLE_KEYS.matcher(bare).matches()) {
            return MetadataLine.Use.TITLE;
        }
        if (DATE_KEYS.matcher(bare).matches()) {
            return MetadataLine.Use.DATE;
        }
        return OTHER_KEYS.matcher(bare).matches() ? MetadataLine.Use.RECORDED : MetadataLine.Use.KEPT;
    }

    private static Read result(String[] lines, List<MetadataLine> read) {
        List<URI> sources = new ArrayList<>();
        String language = null;
        String title = null;
        LocalDate date = null;
        for (MetadataLine line : read) {
            switch (line.use()) {
                case SOURCE -> {
                    Matcher url = URL.matcher(line.value());
                    while (url.find()) {
                        uri(url.group()).filter(uri -> !sources.contains(uri)).ifPresent(sources::add);
                    }
                }
                case LANGUAGE -> language = language == null && !line.value().isEmpty() ? line.value() : language;
                case TITLE -> title = title == null && !line.value().isEmpty() ? line.value() : title;
                case DATE -> date = date == null ? date(line.value()) : date;
                default -> {
                    // recorded in the report only
                }
            }
        }
        return new Read(String.join("\n", lines), List.copyOf(read), List.copyOf(sources), language, title, date);
    }

    private static Optional<URI> uri(String text) {
        String trimmed = text.replaceAll("[.,;:!?。，]+$", "");
        try {
            URI uri = new URI(trimmed);
            return uri.getHost() == null ? Optional.empty() : Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static @Nullable LocalDate date(String value) {
        Matcher iso = ISO_DATE.matcher(value);
        if (!iso.find()) {
            return null;
        }
        try {
            return LocalDate.parse(iso.group());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String unquoted(String value) {
        String text = value.strip();
        if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("'") && text.endsWith("'"))) {
            return text.substring(1, text.length() - 1).strip();
        }
        return text;
    }
}
