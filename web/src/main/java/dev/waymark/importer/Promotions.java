package dev.waymark.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the advertising in an article, line by line: links to messaging channels (Telegram, WhatsApp, WeChat,
 * LINE, Discord...), bare addresses of such channels, messaging handles ("TG @name", "微信: name"), bracketed
 * groups that hold nothing but those and images (the "[[TG💪+ @promo-channel](https://t.me/...)]" tacked onto titles),
 * and lines that are nothing but images. What is left of a line stays; a line left with no words is dropped whole.
 * Every drop is reported with its line number. Line numbers survive: a dropped line becomes an empty line.
 */
final class Promotions {

    /** The article without its promotion, with the same number of lines, and what was dropped. */
    record Cleaned(String text, List<DroppedLine> dropped) {
    }

    private static final Pattern MESSAGING_URL = Pattern.compile("(?i)(?<![\\w.-])(?:https?://)?(?:www\\.)?"
            + "(?:t\\.me|telegram\\.(?:me|dog|org)|wa\\.me|(?:api|chat)\\.whatsapp\\.com|weixin\\.qq\\.com"
            + "|u\\.wechat\\.com|wechat\\.com|line\\.me|discord\\.gg|discord\\.com/invite|q[mj]\\.qq\\.com"
            + "|invite\\.viber\\.com|viber\\.com|signal\\.me|m\\.me)(?![\\w.-])(?:/[^\\s)\\]>]*)?");
    private static final Pattern LINK = Pattern.compile(
            "!?\\[([^\\[\\]]*)]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\[\\]]*]\\([^)]*\\)");
    private static final Pattern HANDLE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])"
            + "(?:telegram|tg|电报|飞机号?|微信号?|wechat|weixin|vx|whatsapp|qq群?|line\\s*id)"
            + "[^\\n@:：\\[\\]]{0,6}(?:[:：]\\s*|@)@?[A-Za-z0-9_][A-Za-z0-9_.-]{3,}");
    private static final Pattern DECORATION = Pattern.compile("[#*_>\\-\\s\\[\\]()~`|+]+");

    private Promotions() {
    }

    static Cleaned strip(String text) {
        String[] lines = text.split("\n", -1);
        List<DroppedLine> dropped = new ArrayList<>();
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            List<int[]> spans = spans(line);
            String rest = remove(line, spans);
            if ((!spans.isEmpty() || hasImage(line)) && !hasWords(IMAGE.matcher(rest).replaceAll(""))) {
                dropped.add(new DroppedLine(i + 1, line.strip(), true));
                rest = "";
            } else {
                for (int[] span : spans) {
                    dropped.add(new DroppedLine(i + 1, line.substring(span[0], span[1]).strip(), false));
                }
                rest = spans.isEmpty() ? line : rest.stripTrailing();
            }
            if (i > 0) {
                kept.append('\n');
            }
            kept.append(rest);
        }
        return new Cleaned(kept.toString(), List.copyOf(dropped));
    }

    /** True when the text holds any promotion, for tests and for checking content after import. */
    static boolean promotes(String text) {
        return MESSAGING_URL.matcher(text).find() || HANDLE.matcher(text).find();
    }

    /** The promotional spans of one line, sorted and not overlapping. */
    private static List<int[]> spans(String line) {
        List<int[]> spans = new ArrayList<>();
        Matcher link = LINK.matcher(line);
        while (link.find()) {
            if (MESSAGING_URL.matcher(link.group(2)).lookingAt()) {
                spans.add(new int[] {link.start(), link.end()});
            }
        }
        addUnlessCovered(spans, MESSAGING_URL.matcher(line));
        addUnlessCovered(spans, HANDLE.matcher(line));
        if (spans.isEmpty()) {
            return spans;
        }
        // A bracketed group holding only promotion and images goes whole, brackets and all.
        for (int[] group : bracketGroups(line)) {
            List<int[]> inside = spans.stream().filter(span -> span[0] >= group[0] && span[1] <= group[1]).toList();
            if (!inside.isEmpty()) {
                String groupText = line.substring(group[0], group[1]);
                String residue = remove(groupText, inside.stream()
                        .map(span -> new int[] {span[0] - group[0], span[1] - group[0]}).toList());
                if (!hasWords(IMAGE.matcher(residue).replaceAll(""))) {
                    spans.removeAll(inside);
                    spans.add(group);
                }
            }
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        return spans;
    }

    private static void addUnlessCovered(List<int[]> spans, Matcher matcher) {
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            if (spans.stream().noneMatch(span -> start < span[1] && end > span[0])) {
                spans.add(new int[] {start, end});
            }
        }
    }

    /** The outermost [...] groups that are not the text of a link (not followed by "("). */
    private static List<int[]> bracketGroups(String line) {
        List<int[]> groups = new ArrayList<>();
        int depth = 0;
        int start = -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '[') {
                if (depth == 0) {
                    start = i;
                }
                depth++;
            } else if (c == ']' && depth > 0) {
                depth--;
                if (depth == 0 && (i + 1 >= line.length() || line.charAt(i + 1) != '(')) {
                    groups.add(new int[] {start, i + 1});
                }
            }
        }
        return groups;
    }

    private static String remove(String line, List<int[]> spans) {
        if (spans.isEmpty()) {
            return line;
        }
        StringBuilder rest = new StringBuilder();
        int at = 0;
        for (int[] span : spans.stream().sorted((a, b) -> Integer.compare(a[0], b[0])).toList()) {
            if (span[0] >= at) {
                rest.append(line, at, span[0]);
                at = span[1];
            }
        }
        return rest.append(line.substring(at)).toString();
    }

    private static boolean hasImage(String line) {
        return IMAGE.matcher(line).find();
    }

    /** True when the text has a letter or digit once Markdown decoration is taken away. */
    private static boolean hasWords(String text) {
        return DECORATION.matcher(text).replaceAll("").codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
