package dev.waymark.guide.api;

import io.swagger.v3.oas.annotations.Parameter;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import dev.waymark.base.api.BadRequestException;
import dev.waymark.guide.CardType;
import dev.waymark.guide.CountryCode;
import dev.waymark.base.ui.OfferedLanguages;
import dev.waymark.guide.Language;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.Platform;
import dev.waymark.guide.WayKind;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters the public API shares (guides and search): blank means "not given", a value
 * that cannot be understood is a {@link BadRequestException} that says what was expected.
 */
public final class ApiParameters {

    private ApiParameters() {
    }

    /** The {@code country} filter, as the API's description shows it. */
    @Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Parameter(description = "ISO 3166-1 alpha-2 country code", example = "RS")
    public @interface CountryParameter {
    }

    /** The {@code cardType} filter, as the API's description shows it. */
    @Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Parameter(description = "card type: physical-sim, esim or prepaid-data", example = "esim")
    public @interface CardTypeParameter {
    }

    /** The {@code operator} filter, as the API's description shows it. */
    @Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Parameter(description = "operator code", example = "rs-yettel")
    public @interface OperatorParameter {
    }

    /** The reader's {@code lang}, as the API's description shows it. */
    @Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Parameter(description = "language: one the instance offers (by default zh-CN, zh-TW, en, ru); the first offered when not given; zh-Hant, zh-HK and the like match the offered Chinese of the same script", example = "en")
    public @interface LanguageParameter {
    }

    /** The reader's language, one of those {@code offered}; the first offered when not given. */
    public static Language language(@Nullable String tag, OfferedLanguages offered) {
        if (tag == null || tag.isBlank()) {
            return offered.primary();
        }
        return offered.match(tag).orElseThrow(() -> new BadRequestException(
                "lang must be one of " + offered.all().stream().map(Language::tag).toList() + " (was '" + tag + "')"));
    }

    public static @Nullable CountryCode country(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return CountryCode.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("country must be an ISO 3166-1 alpha-2 code such as RS (was '" + text + "')");
        }
    }

    public static @Nullable CardType cardType(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return CardType.fromKey(text).orElseThrow(() -> new BadRequestException("cardType must be one of "
                + keys(CardType.values(), CardType::key) + " (was '" + text + "')"));
    }

    public static @Nullable OperatorCode operator(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new OperatorCode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("operator must be an operator code such as rs-yettel (was '" + text + "')");
        }
    }

    public static @Nullable Platform platform(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Platform.fromKey(text).orElseThrow(() -> new BadRequestException("platform must be one of "
                + keys(Platform.values(), Platform::key) + " (was '" + text + "')"));
    }

    public static @Nullable WayKind way(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return WayKind.fromKey(text).orElseThrow(() -> new BadRequestException("way must be one of "
                + keys(WayKind.values(), WayKind::key) + " (was '" + text + "')"));
    }

    private static <T> String keys(T[] values, Function<T, String> key) {
        return Arrays.stream(values).map(key).collect(Collectors.joining(", ", "[", "]"));
    }
}
