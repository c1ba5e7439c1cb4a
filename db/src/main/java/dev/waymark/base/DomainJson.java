package dev.waymark.base;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.Slug;
import dev.waymark.guide.SourceKey;
import dev.waymark.guide.Topic;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of domain values, used for stored revisions, seed files and exports. The domain
 * stays free of Jackson: single-value records are written as their value ({@code "RS"}, not
 * {@code {"value":"RS"}}) through mix-ins, empty parts are left out, and unknown properties are an
 * error so that a typo in a seed file fails loudly instead of dropping content.
 */
public final class DomainJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addMixIn(CountryCode.class, StringValue.class)
            .addMixIn(Slug.class, StringValue.class)
            .addMixIn(Topic.class, StringValue.class)
            .addMixIn(OperatorCode.class, StringValue.class)
            .addMixIn(SourceKey.class, StringValue.class)
            .addMixIn(GuideId.class, UuidValue.class)
            .addMixIn(LocalizedText.class, LocalizedTextValue.class)
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

    abstract static class LocalizedTextValue {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        LocalizedTextValue(Map<?, ?> values) {
        }

        @JsonValue
        abstract Map<?, ?> values();
    }
}
