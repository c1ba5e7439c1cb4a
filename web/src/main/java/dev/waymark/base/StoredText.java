package dev.waymark.base;

import java.util.Optional;

/**
 * What PostgreSQL cannot store faithfully in a text column: the NUL character (refused outright, which used to surface
 * as a 500) and a lone UTF-16 surrogate, such as the JSON escape {@code "\ud800"} without its pair (not a character at
 * all; the JDBC driver would store it as {@code ?}). Text from outside is checked here and refused with the name of
 * the field, never silently changed.
 */
public final class StoredText {

    private StoredText() {
    }

    /**
     * What is wrong with {@code text}, for a message that begins with the field's name ("title contains ..."); empty
     * when it can be stored as it is.
     */
    public static Optional<String> problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return Optional.of("contains a NUL character (U+0000) at position " + (i + 1));
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of(lone(c, i));
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of(lone(c, i));
            }
        }
        return Optional.empty();
    }

    /**
     * Refuses text that cannot be stored.
     *
     * @param field what the text is, as the caller knows it ("the article", "comment")
     * @throws IllegalArgumentException naming the field and the problem
     */
    public static String check(String field, String text) {
        Optional<String> problem = problem(text);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(field + " " + problem.get());
        }
        return text;
    }

    private static String lone(char c, int index) {
        return String.format("contains a lone UTF-16 surrogate (\\u%04X) at position %d, which is not a character",
                (int) c, index + 1);
    }
}
