package dev.waymark.seed;

import dev.waymark.base.DomainJson;
import dev.waymark.picture.PictureHash;
import dev.waymark.picture.StoredPicture;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pictures the seed guides show, drawn by the team ({@code seed/pictures/}, described in {@code pictures.json}:
 * file, platform, caption, alt text, how it was made). A seed guide names a picture by its file,
 * {@code "pictures":[{"file":"iphone-esim-1.png"}]}; reading the guide turns each such reference into the stored
 * form every revision holds, {@code {"picture":"<hash>","width":..,"height":..,"platform":..,"caption":..,"alt":..}},
 * with the caption, alt text and platform from the manifest unless the reference gives its own.
 */
final class SeedPictures {

    static final String FOLDER = "seed/pictures/";
    private static final Set<String> REFERENCE = Set.of("file", "platform", "caption", "alt");

    private final Map<String, JsonNode> manifest = new LinkedHashMap<>();
    private final BiFunction<String, byte[], StoredPicture> store;
    private final Map<String, StoredPicture> stored = new LinkedHashMap<>();

    /** @param store keeps a picture and names it; called once per file */
    SeedPictures(BiFunction<String, byte[], StoredPicture> store) {
        this.store = store;
        for (JsonNode entry : DomainJson.mapper().readTree(bytes("pictures.json"))) {
            manifest.put(entry.path("file").asString(), entry);
        }
    }

    /** Names each picture by its file's own hash and size, storing nothing. */
    static SeedPictures unstored() {
        return new SeedPictures((file, bytes) -> new StoredPicture(PictureHash.of(bytes), pngWidth(file, bytes),
                pngHeight(file, bytes)));
    }

    /** Replaces every file reference in {@code tree} (a seed guide) with a stored picture reference. */
    void resolve(JsonNode tree) {
        if (tree instanceof ObjectNode object) {
            JsonNode pictures = object.get("pictures");
            if (pictures instanceof ArrayNode list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i).has("file")) {
                        list.set(i, reference((ObjectNode) list.get(i)));
                    }
                }
            }
            object.values().forEach(this::resolve);
        } else if (tree instanceof ArrayNode array) {
            array.forEach(this::resolve);
        }
    }

    private ObjectNode reference(ObjectNode given) {
        for (String name : given.propertyNames()) {
            if (!REFERENCE.contains(name)) {
                throw new IllegalArgumentException("a seed picture reference has no property '" + name + "'");
            }
        }
        String file = given.path("file").asString();
        JsonNode described = manifest.get(file);
        if (described == null) {
            throw new IllegalArgumentException("seed picture " + file + " is not in " + FOLDER + "pictures.json");
        }
        StoredPicture picture = stored.computeIfAbsent(file, name -> store.apply(name, bytes(name)));
        ObjectNode reference = DomainJson.mapper().createObjectNode();
        reference.put("picture", picture.hash().value());
        reference.put("width", picture.width());
        reference.put("height", picture.height());
        JsonNode platform = given.has("platform") ? given.get("platform") : described.path("platform");
        if (platform.isString()) {
            reference.put("platform", platform.asString());
        }
        reference.set("caption", given.has("caption") ? given.get("caption") : described.path("caption"));
        reference.set("alt", given.has("alt") ? given.get("alt") : described.path("alt"));
        return reference;
    }

    static byte[] bytes(String file) {
        try (InputStream in = SeedPictures.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("seed picture " + FOLDER + file + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read seed picture " + file, e);
        }
    }

    private static int pngWidth(String file, byte[] png) {
        return header(file, png).getInt(16);
    }

    private static int pngHeight(String file, byte[] png) {
        return header(file, png).getInt(20);
    }

    private static ByteBuffer header(String file, byte[] png) {
        if (png.length < 24 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G') {
            throw new IllegalStateException("seed picture " + file + " is not a PNG");
        }
        return ByteBuffer.wrap(png);
    }
}
