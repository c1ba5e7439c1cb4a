package dev.waymark.operator.api;

import dev.waymark.base.api.BadRequestException;
import dev.waymark.guide.ContactKind;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.Evidence;
import dev.waymark.guide.Language;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.Source;
import dev.waymark.guide.SourceKey;
import dev.waymark.operator.FormerName;
import dev.waymark.operator.Operator;
import dev.waymark.operator.OperatorContact;
import dev.waymark.operator.OperatorRevision;
import dev.waymark.operator.OperatorStatus;
import dev.waymark.operator.Reach;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An operator as the API reads and writes it. Texts in several languages are objects keyed by language tag
 * ({@code {"en": "...", "zh-CN": "..."}}); kinds, reach and status are lower-case names. The model checks what is
 * written and its message is the API's 400. A fact whose {@code unverified} is left out is unverified when it cites no
 * source.
 *
 * @param revision the latest revision's number: given in answers to editors, and required when changing an operator
 *                 (the revision the change was made from); null elsewhere
 */
@Schema(name = "Operator")
record OperatorJson(
        @Schema(example = "be-base", description = "country in lower case, hyphen, short name; never changes")
        String code,
        @Schema(example = "BE") String country,
        @Schema(example = "BASE") String name,
        @Schema(example = "Telenet Group", description = "the company the brand belongs to, when not itself")
        @Nullable String brandOwner,
        @Nullable List<FormerNameJson> formerNames,
        @Schema(example = "https://www.base.be") @Nullable String website,
        @Nullable List<ContactJson> contacts,
        @Nullable Map<String, String> note,
        @Nullable List<SourceJson> sources,
        @Schema(example = "active", allowableValues = {"active", "merged", "shut_down"}) @Nullable String status,
        @Schema(example = "2027-06-01") @Nullable LocalDate reviewDue,
        @Schema(example = "3") @Nullable Integer revision) {

    /**
     * @param renamedOn the day the name stopped being used, when a source gives it
     * @param sources   keys of the operator's sources that back it
     */
    record FormerNameJson(@Schema(example = "KPN Orange") String name, @Nullable LocalDate renamedOn,
                          @Nullable Map<String, String> note, @Nullable List<String> sources,
                          @Nullable Boolean unverified) {
    }

    /**
     * @param kind  phone, fax, email, web_form, store_finder, website or address
     * @param href  the link that opens it (answers only; null for a fax or an address)
     * @param reach from_abroad, only_in_country or unknown
     */
    record ContactJson(@Schema(example = "phone") String kind, @Schema(example = "+32 486 19 19 99") String value,
                       @Nullable String href, @Nullable Map<String, String> label,
                       @Schema(example = "from_abroad") @Nullable String reach, @Nullable Map<String, String> hours,
                       @Nullable List<String> sources, @Nullable Boolean unverified) {
    }

    record SourceJson(@Schema(example = "base-gtc") String key,
                      @Schema(example = "https://www.base.be/en/legal-information/conditions-monthly-plans.html")
                      String url, String title, @Nullable Boolean official, @Nullable LocalDate readOn) {
    }

    /** A revision of an operator, newest first in lists. */
    record RevisionJson(int number, String author, Instant createdAt, String message, OperatorJson operator) {

        static RevisionJson of(OperatorRevision revision) {
            return new RevisionJson(revision.number(), revision.author(), revision.createdAt(), revision.message(),
                    OperatorJson.of(revision.operator(), revision.number()));
        }
    }

    static OperatorJson of(Operator operator, @Nullable Integer revision) {
        return new OperatorJson(operator.code().value(), operator.country().value(), operator.name(),
                operator.brandOwner(),
                operator.formerNames().stream().map(former -> new FormerNameJson(former.name(), former.renamedOn(),
                        texts(former.note()), keys(former.evidence()), former.evidence().unverified())).toList(),
                operator.website(),
                operator.support().stream().map(contact -> new ContactJson(lower(contact.kind()), contact.value(),
                        contact.href(), texts(contact.label()), lower(contact.reach()), texts(contact.hours()),
                        keys(contact.evidence()), contact.evidence().unverified())).toList(),
                texts(operator.note()),
                operator.sources().stream().map(source -> new SourceJson(source.key().value(),
                        source.url().toString(), source.title(), source.official(), source.readOn())).toList(),
                lower(operator.status()), operator.reviewDue(), revision);
    }

    /**
     * The operator this describes.
     *
     * @throws IllegalArgumentException with the model's message when it is not a valid operator
     * @throws BadRequestException when a name (kind, status, language) is unknown
     */
    Operator toOperator() {
        if (code == null || country == null) {
            throw new BadRequestException("code and country are required");
        }
        return new Operator(new OperatorCode(code), CountryCode.parse(country), name, brandOwner,
                list(formerNames).stream().map(former -> new FormerName(former.name(), former.renamedOn(),
                        text(former.note()), evidence(former.sources(), former.unverified()))).toList(),
                website,
                list(contacts).stream().map(contact -> new OperatorContact(
                        named(ContactKind.class, contact.kind(), "contact kind"), contact.value(), text(contact.label()),
                        contact.reach() == null ? Reach.UNKNOWN : named(Reach.class, contact.reach(), "reach"),
                        text(contact.hours()), evidence(contact.sources(), contact.unverified()))).toList(),
                text(note),
                list(sources).stream().map(source -> new Source(new SourceKey(source.key()), uri(source.url()),
                        source.title(), Boolean.TRUE.equals(source.official()), source.readOn())).toList(),
                status == null ? OperatorStatus.ACTIVE : named(OperatorStatus.class, status, "status"), reviewDue);
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E named(Class<E> type, @Nullable String text, String what) {
        if (text == null || text.isBlank()) {
            throw new BadRequestException(what + " is required");
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = Arrays.stream(type.getEnumConstants()).map(OperatorJson::lower).toList();
            throw new BadRequestException("unknown " + what + " '" + text.strip() + "' (use " + String.join(", ", names)
                    + ")");
        }
    }

    private static <T> List<T> list(@Nullable List<T> values) {
        return values == null ? List.of() : values;
    }

    private static Map<String, String> texts(LocalizedText text) {
        Map<String, String> map = new LinkedHashMap<>();
        text.values().forEach((language, value) -> map.put(language.tag(), value));
        return map;
    }

    private static LocalizedText text(@Nullable Map<String, String> texts) {
        Map<Language, String> map = new TreeMap<>();
        if (texts != null) {
            texts.forEach((tag, value) -> map.put(Language.parse(tag).orElseThrow(() ->
                    new BadRequestException("'" + tag + "' is not a language tag such as zh-CN, zh-TW, en or ru")), value));
        }
        return new LocalizedText(map);
    }

    private static List<String> keys(Evidence evidence) {
        return evidence.sources().stream().map(SourceKey::value).toList();
    }

    /** Unverified when said so, or, when not said, when it cites no source. */
    private static Evidence evidence(@Nullable List<String> keys, @Nullable Boolean unverified) {
        List<SourceKey> cited = list(keys).stream().map(SourceKey::new).toList();
        return new Evidence(cited, unverified == null ? cited.isEmpty() : unverified);
    }

    private static URI uri(@Nullable String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("source URL is required");
        }
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("source URL is not an address: '" + url.strip() + "'");
        }
    }
}
