package dev.waymark.base;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.Evidence;
import dev.waymark.guide.Fingerprint;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.Language;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.Slug;
import dev.waymark.guide.SourceKey;
import dev.waymark.guide.Topic;
import dev.waymark.picture.PictureHash;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON form of domain values, used for stored revisions, seed files and exports. The domain
 * stays free of Jackson: single-value records are written as their value ({@code "RS"}, not
 * {@code {"value":"RS"}}) through mix-ins, empty parts are left out, and unknown properties are an
 * error so that a typo in a seed file fails loudly instead of dropping content.
 *
 * <p>A text is an object of languages; a stale translation's basis (the fingerprint of the source text it was
 * made from) is a {@code "basis"} member of the same object: {@code {"ZH_CN":"…","EN":"…","basis":{"EN":"3fa2c1d0e9b7"}}}.
 *
 * <p>Evidence is written as {@code {"kind":"SOURCED","sources":["mts-contact"]}}. Revisions stored before
 * statements had a kind hold {@code {"sources":[...],"unverified":true|false}}; those read as unverified when
 * marked so, as sourced when they cite a source, and otherwise as unverified: a statement that claimed to be
 * verified without a source is shown to readers as unverified until an editor cites a source or marks it as
 * general advice.
 */
public final class DomainJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addMixIn(CountryCode.class, StringValue.class)
            .addMixIn(Slug.class, StringValue.class)
            .addMixIn(Topic.class, StringValue.class)
            .addMixIn(OperatorCode.class, StringValue.class)
            .addMixIn(SourceKey.class, StringValue.class)
            // A picture reference is {"picture":"<64 hex>",...}: the picture clean-up looks for exactly that.
            .addMixIn(PictureHash.class, StringValue.class)
            .addMixIn(GuideId.class, UuidValue.class)
            .addMixIn(Fingerprint.class, StringValue.class)
            .addModule(new SimpleModule("waymark-evidence").addDeserializer(Evidence.class, new EvidenceReader()))
            .addModule(new SimpleModule("waymark-translations")
                    .addSerializer(LocalizedText.class, new LocalizedTextWriter())
                    .addDeserializer(LocalizedText.class, new LocalizedTextReader()))
            .addModule(new SimpleModule("waymark-language")
                    .addSerializer(Language.class, new LanguageWriter())
                    .addDeserializer(Language.class, new LanguageReader())
                    .addKeySerializer(Language.class, new LanguageKeyWriter())
                    .addKeyDeserializer(Language.class, new LanguageKeyReader()))
            .changeDefaultPropertyInclusion(incl -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
                    JsonInclude.Include.NON_EMPTY))
            // Only record components are content: derived methods such as isPublishable() are not.
            .changeDefaultVisibility(visibility -> visibility
                    .withVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                    .withVisibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
                    .withVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    /** The member of a text's JSON object that holds the bases of its stale translations. */
    static final String BASIS = "basis";

    private DomainJson() {
    }

    /** The shared, thread-safe mapper. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    abstract static class StringValue {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        StringValue(String value) {
        }

        @JsonValue
        abstract String value();
    }

    abstract static class UuidValue {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        UuidValue(UUID value) {
        }

        @JsonValue
        abstract UUID value();
    }

    /**
     * Writes a text as {@code {"ZH_CN":"…","EN":"…"}}, with a stale translation's basis in the same object:
     * {@code "basis":{"EN":"3fa2c1d0e9b7"}}. Language keys are written as Jackson writes map keys of languages.
     */
    static final class LocalizedTextWriter extends ValueSerializer<LocalizedText> {

        @Override
        public void serialize(LocalizedText text, JsonGenerator generator, SerializationContext context) {
            ValueSerializer<Object> keys = context.findKeySerializer(Language.class, null);
            generator.writeStartObject();
            for (Map.Entry<Language, String> value : text.values().entrySet()) {
                keys.serialize(value.getKey(), generator, context);
                generator.writeString(value.getValue());
            }
            if (!text.basis().isEmpty()) {
                generator.writeName(BASIS);
                generator.writeStartObject();
                for (Map.Entry<Language, Fingerprint> link : text.basis().entrySet()) {
                    keys.serialize(link.getKey(), generator, context);
                    generator.writeString(link.getValue().value());
                }
                generator.writeEndObject();
            }
            generator.writeEndObject();
        }

        @Override
        public boolean isEmpty(SerializationContext context, LocalizedText text) {
            return text.isEmpty();
        }
    }

    /** Reads a text with or without the bases of its stale translations (revisions stored before had none). */
    static final class LocalizedTextReader extends ValueDeserializer<LocalizedText> {

        @Override
        public LocalizedText deserialize(JsonParser parser, DeserializationContext context) {
            JsonNode node = context.readTree(parser);
            if (!node.isObject()) {
                return context.reportInputMismatch(LocalizedText.class, "a text must be an object of languages");
            }
            KeyDeserializer languages = context.findKeyDeserializer(context.constructType(Language.class), null);
            Map<Language, String> values = new LinkedHashMap<>();
            Map<Language, Fingerprint> basis = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                if (property.getKey().equals(BASIS)) {
                    if (!property.getValue().isObject()) {
                        return context.reportInputMismatch(LocalizedText.class, "a text's basis must be an object");
                    }
                    for (Map.Entry<String, JsonNode> link : property.getValue().properties()) {
                        basis.put((Language) languages.deserializeKey(link.getKey(), context),
                                new Fingerprint(link.getValue().asString()));
                    }
                } else if (property.getValue().isString()) {
                    values.put((Language) languages.deserializeKey(property.getKey(), context),
                            property.getValue().asString());
                } else {
                    return context.reportInputMismatch(LocalizedText.class, "the text in '%s' must be a string",
                            property.getKey());
                }
            }
            return new LocalizedText(values, basis);
        }
    }

    /** Writes a language as its stored code, e.g. {@code "ZH_TW"}. */
    static final class LanguageWriter extends ValueSerializer<Language> {
        @Override
        public void serialize(Language value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(value.code());
        }
    }

    /** Reads a language from its code ({@code "ZH_CN"}) or tag ({@code "zh-CN"}). */
    static final class LanguageReader extends ValueDeserializer<Language> {
        @Override
        public Language deserialize(JsonParser parser, DeserializationContext context) {
            String text = parser.getValueAsString();
            return text == null ? context.reportInputMismatch(Language.class, "a language must be a string")
                    : Language.parse(text).orElseGet(() -> context.reportInputMismatch(Language.class,
                            "'%s' is not a language", text));
        }
    }

    /** Writes a language as a map key: its stored code. */
    static final class LanguageKeyWriter extends ValueSerializer<Language> {
        @Override
        public void serialize(Language value, JsonGenerator generator, SerializationContext context) {
            generator.writeName(value.code());
        }
    }

    /** Reads a language map key from its code or tag. */
    static final class LanguageKeyReader extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            return Language.parse(key).orElseGet(() -> (Language) context.handleWeirdKey(Language.class, key,
                    "'%s' is not a language", key));
        }
    }

    /** Reads evidence in its current shape and in the shape revisions were stored in before statements had a kind. */
    static final class EvidenceReader extends ValueDeserializer<Evidence> {

        private static final Set<String> PROPERTIES = Set.of("kind", "sources", "unverified");

        @Override
        public Evidence deserialize(JsonParser parser, DeserializationContext context) {
            JsonNode node = context.readTree(parser);
            if (!node.isObject()) {
                return context.reportInputMismatch(Evidence.class, "evidence must be an object");
            }
            for (String name : node.propertyNames()) {
                if (!PROPERTIES.contains(name)) {
                    return context.reportInputMismatch(Evidence.class, "evidence has no property '%s'", name);
                }
            }
            List<SourceKey> sources = new ArrayList<>();
            JsonNode cited = node.path("sources");
            if (!cited.isMissingNode() && !cited.isArray()) {
                return context.reportInputMismatch(Evidence.class, "evidence sources must be a list");
            }
            for (JsonNode key : cited) {
                sources.add(new SourceKey(key.asString()));
            }
            JsonNode kind = node.get("kind");
            JsonNode unverified = node.get("unverified");
            if (kind != null && unverified != null) {
                return context.reportInputMismatch(Evidence.class, "evidence has both a kind and the old unverified mark");
            }
            if (kind != null) {
                return new Evidence(Evidence.Kind.valueOf(kind.asString()), sources);
            }
            boolean legacyUnverified = unverified != null && unverified.asBoolean();
            return new Evidence(legacyUnverified || sources.isEmpty() ? Evidence.Kind.UNVERIFIED : Evidence.Kind.SOURCED,
                    sources);
        }
    }
}
