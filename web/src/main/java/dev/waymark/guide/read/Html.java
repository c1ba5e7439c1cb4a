package dev.waymark.guide.read;

/** Builds an HTML document; every piece of text goes through {@link #text} or {@link #attribute}. */
final class Html {

    private final StringBuilder out = new StringBuilder(16_384);

    /** Appends markup the caller wrote; never user text. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends text, escaped for element content. */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Appends {@code <tag class="..">text</tag>}, the text escaped. */
    Html element(String tag, String cssClass, String text) {
        out.append('<').append(tag);
        if (!cssClass.isEmpty()) {
            out.append(" class=\"").append(cssClass).append('"');
        }
        out.append('>').append(escape(text)).append("</").append(tag).append('>');
        return this;
    }

    /** Appends {@code name="value"} with a leading space, the value escaped. */
    Html attribute(String name, String value) {
        out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
        return this;
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The text of escaped markup: the inverse of {@link #escape} and of the escaping the Markdown renderer does. */
    static String unescape(String markup) {
        return markup.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
