package dev.waymark.importer;

import dev.waymark.base.DomainJson;
import dev.waymark.base.StoredText;
import dev.waymark.guide.Guide;
import dev.waymark.guide.Slug;
import dev.waymark.picture.PictureHash;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.json.JsonMapper;

/** Writes and reads {@link GuideBundle} files with the domain's JSON mapper. */
final class GuideBundles {

    private static final JsonMapper JSON = DomainJson.mapper();
    private static final Set<String> TOP_LEVEL = Set.of("format", "version", "guides", "pictures");

    /** A bundle file read and checked: its guides, and the picture masters it carries by their hashes. */
    record Contents(List<GuideBundle.Entry> guides, Map<PictureHash, byte[]> pictures) {
    }

    private GuideBundles() {
    }

    /** The guides, with their current content and status, as a bundle file (indented, UTF-8 text). */
    static String write(List<Guide> guides) {
        return write(guides, Map.of());
    }

    /** The guides and the masters of the pictures they reference, by hash, as a bundle file. */
    static String write(List<Guide> guides, Map<PictureHash, byte[]> pictures) {
        List<GuideBundle.Entry> entries = guides.stream()
                .map(guide -> new GuideBundle.Entry(guide.slug(), guide.status(), guide.content())).toList();
        Map<String, byte[]> masters = new HashMap<>();
        pictures.forEach((hash, bytes) -> masters.put(hash.value(), bytes));
        return JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(new GuideBundle(GuideBundle.FORMAT, GuideBundle.VERSION, entries, masters));
    }

    /**
     * Reads and checks a whole bundle file: its shape, every guide against the domain's rules, and that no slug
     * appears twice.
     *
     * @throws ImportRefusedException naming every problem found
     */
    static Contents read(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (StreamConstraintsException e) {
            // Jackson's own message names its classes and settings: say what the editor can act on.
            throw refused("the file is nested too deeply or holds too long a value to be a guide file" + where(e));
        } catch (JacksonException e) {
            throw refused("the file is not valid JSON (" + firstLine(e.getOriginalMessage()) + where(e) + ")");
        }
        if (root == null || !root.isObject()) {
            throw refused("the file must be a JSON object with \"format\", \"version\" and \"guides\"");
        }
        List<String> problems = new ArrayList<>();
        unstorable(root, "", problems);
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
        root.propertyNames().stream().filter(name -> !TOP_LEVEL.contains(name)).sorted()
                .forEach(name -> problems.add("unknown property '" + name + "' at the top of the file"));
        JsonNode format = root.get("format");
        if (format == null || !format.isString() || !GuideBundle.FORMAT.equals(format.asString())) {
            problems.add("\"format\" must be \"" + GuideBundle.FORMAT + "\"" + was(format));
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isInt() || version.intValue() != GuideBundle.VERSION) {
            problems.add("\"version\" must be " + GuideBundle.VERSION + was(version));
        }
        JsonNode guides = root.get("guides");
        if (guides == null || !guides.isArray()) {
            problems.add("\"guides\" must be a list of guides");
        } else if (guides.isEmpty()) {
            problems.add("the file holds no guide");
        }
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
        List<GuideBundle.Entry> entries = new ArrayList<>();
        Map<Slug, Integer> seen = new HashMap<>();
        int number = 0;
        for (JsonNode node : guides.values()) {
            number++;
            String label = label(number, node);
            try {
                GuideBundle.Entry entry = JSON.treeToValue(node, GuideBundle.Entry.class);
                Integer first = seen.putIfAbsent(entry.slug(), number);
                if (first != null) {
                    problems.add(label + ": the slug '" + entry.slug() + "' is also used by guide " + first
                            + " of the file; each guide must appear once");
                }
                entries.add(entry);
            } catch (JacksonException e) {
                problems.add(label + ": " + describe(e));
            } catch (IllegalArgumentException e) {
                problems.add(label + ": " + e.getMessage());
            }
        }
        Map<PictureHash, byte[]> pictures = pictures(root.get("pictures"), problems);
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
        return new Contents(entries, pictures);
    }

    /** The picture masters a file carries: each named by the SHA-256 of its bytes, which must match. */
    private static Map<PictureHash, byte[]> pictures(@Nullable JsonNode node, List<String> problems) {
        Map<PictureHash, byte[]> pictures = new HashMap<>();
        if (node == null) {
            return pictures;
        }
        if (!node.isObject()) {
            problems.add("\"pictures\" must be an object of picture files (base64) by their SHA-256");
            return pictures;
        }
        for (Map.Entry<String, JsonNode> picture : node.properties()) {
            String name = picture.getKey();
            String shown = name.length() > 70 ? name.substring(0, 70) + "…" : name;
            if (!PictureHash.isValid(name)) {
                problems.add("picture '" + shown + "': a picture is named by its SHA-256, 64 lower-case hex characters");
                continue;
            }
            byte[] bytes;
            try {
                bytes = picture.getValue().isString() ? Base64.getDecoder().decode(picture.getValue().asString()) : null;
            } catch (IllegalArgumentException e) {
                bytes = null;
            }
            if (bytes == null) {
                problems.add("picture '" + shown + "': the picture must be its file in base64");
            } else if (!PictureHash.of(bytes).value().equals(name)) {
                problems.add("picture '" + shown + "': the file's bytes do not match its name (damaged or edited)");
            } else {
                pictures.put(new PictureHash(name), bytes);
            }
        }
        return pictures;
    }

    /** Every text in the file PostgreSQL cannot store ({@link StoredText}), with where it stands. */
    private static void unstorable(JsonNode node, String path, List<String> problems) {
        if (node.isString()) {
            StoredText.problem(node.asString()).ifPresent(problem -> problems.add(
                    (path.isEmpty() ? "the file" : path) + " " + problem));
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                if (StoredText.problem(property.getKey()).isPresent()) {
                    problems.add("a property name " + (path.isEmpty() ? "at the top of the file" : "in " + path) + " "
                            + StoredText.problem(property.getKey()).get());
                } else {
                    unstorable(property.getValue(), path.isEmpty() ? property.getKey() : path + "." + property.getKey(),
                            problems);
                }
            }
        } else if (node.isArray()) {
            int index = 0;
            for (JsonNode value : node.values()) {
                unstorable(value, path + "[" + index++ + "]", problems);
            }
        }
    }

    /** "guide 2 (serbia-cancel-mobile-service)", with the slug as the file has it when it has one. */
    static String label(int number, @Nullable JsonNode node) {
        JsonNode slug = node == null ? null : node.get("slug");
        String text = slug != null && slug.isString() ? slug.asString() : "";
        return "guide " + number + (text.isBlank() ? "" : " (" + (text.length() > 80 ? text.substring(0, 80) + "…" : text) + ")");
    }

    /** The rule a value broke, in the domain's words when a domain record refused it, and where. */
    private static String describe(JacksonException e) {
        String what;
        Throwable domain = domainCause(e);
        if (e instanceof PropertyBindingException unknown) {
            // The path ends with the unknown property itself: say where it stands instead.
            List<JacksonException.Reference> path = e.getPath();
            return "unknown property '" + unknown.getPropertyName() + "'"
                    + where(path.subList(0, Math.max(0, path.size() - 1)));
        } else if (domain != null) {
            what = domain.getMessage();
        } else {
            what = "wrong value: " + firstLine(e.getOriginalMessage()).replace("`dev.waymark.guide.", "`");
        }
        return what + where(e.getPath());
    }

    private static @Nullable Throwable domainCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException) {
                return cause;
            }
        }
        return null;
    }

    /** " (in content.ways[0].steps[1])" from a path; empty for the top of a guide. */
    private static String where(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "" : " (in " + path + ")";
    }

    /** ", at line 3, column 7" where the parser stopped; empty when it does not say. */
    private static String where(JacksonException e) {
        return e.getLocation() != null && e.getLocation().getLineNr() > 0
                ? ", at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() : "";
    }

    private static String was(@Nullable JsonNode value) {
        return value == null ? " (it is missing)" : " (was " + value + ")";
    }

    private static String firstLine(@Nullable String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    private static ImportRefusedException refused(String problem) {
        return new ImportRefusedException(List.of(problem));
    }
}
