package dev.waymark.guide.ui.history;

import dev.waymark.base.ui.ReaderLanguage;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.CardType;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.GuideDiff.Change;
import dev.waymark.guide.GuideDiff.Field;
import dev.waymark.guide.GuideDiff.Kind;
import dev.waymark.guide.GuideDiff.Location;
import dev.waymark.guide.GuideDiff.Part;
import dev.waymark.guide.GuideMerge.Conflict;
import dev.waymark.guide.Language;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.Platform;
import dev.waymark.operator.Operator;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Changes of a guide in the interface's words: "Store visit, step 3: text (zh-CN) changed", "Operator added:
 * Yettel (rs-yettel)", "Phone hotline: way added", "Store visit, step 2 moved to 4". Codes are shown with their
 * names where Waymark knows them (operators, card types, platforms, languages, countries).
 */
public final class ChangeTexts {

    /**
     * One change as the interface shows it.
     *
     * @param text what happened where
     * @param before the value before, or what was removed; empty when there is nothing to show
     * @param after the value after, or what was added; empty when there is nothing to show
     * @param note why a change is listed (for a conflict); empty otherwise
     */
    public record Line(String text, String before, String after, String note) {
    }

    /** Fields holding several values: each value added or removed is a change of its own. */
    private static final Set<Field> VALUES = EnumSet.of(Field.CARD_TYPES, Field.OPERATORS, Field.PLATFORMS,
            Field.SOURCES, Field.PROCESSING_TIME_SOURCES, Field.COST_SOURCES);

    private final Language language;
    private final Map<OperatorCode, Operator> operators;

    public ChangeTexts(Language language, Map<OperatorCode, Operator> operators) {
        this.language = Objects.requireNonNull(language, "language");
        this.operators = Map.copyOf(operators);
    }

    /** A change between two versions. */
    public Line line(Change change) {
        Location where = change.where();
        Field field = where.field();
        if (field == null) {
            return item(change);
        }
        String subject = where.part() == Part.UNSORTED ? text("diff.part.UNSORTED") : text("diff.field." + field.name());
        if ((change.kind() == Kind.OUTDATED || change.kind() == Kind.CONFIRMED) && where.language() != null) {
            // A translation's state, not its text: "English translation of the text now out of date".
            String what = text("translation.diff." + change.kind().name(), subject, where.language().nativeName());
            return new Line(where.part().isItem() ? text("diff.at", itemLabel(where, where.index()), what)
                    : capitalized(what), "", "", "");
        }
        if (where.language() != null) {
            subject = text("diff.inLanguage", subject, where.language().tag());
        }
        String what;
        String before = "";
        String after = "";
        if (VALUES.contains(field) && change.kind() != Kind.CHANGED) {
            what = text(change.kind() == Kind.ADDED ? "diff.valueAdded" : "diff.valueRemoved", subject,
                    value(field, change.kind() == Kind.ADDED ? change.after() : change.before()));
        } else if (VALUES.contains(field)) {
            what = text("diff.reordered", subject);
            before = values(field, change.before());
            after = values(field, change.after());
        } else {
            // Marks (unverified, official) come as added or removed with no values.
            what = text("diff." + change.kind().name(), subject);
            before = value(field, change.before());
            after = value(field, change.after());
        }
        String text = where.part().isItem() ? text("diff.at", itemLabel(where, where.index()), what) : capitalized(what);
        return new Line(text, before, after, "");
    }

    /** A change of mine a merge could not apply, with why. */
    public Line line(Conflict conflict) {
        Line line = line(conflict.change());
        return new Line(line.text(), line.before(), line.after(), text("merge.reason." + conflict.reason().name()));
    }

    /** A whole item added, removed or moved. */
    private Line item(Change change) {
        Location where = change.where();
        Kind kind = change.kind();
        if (where.part() == Part.WAY) {
            String way = Objects.requireNonNull(where.way()).label(language);
            return switch (kind) {
                case MOVED -> new Line(text("diff.way.MOVED", way, change.before(), change.after()), "", "", "");
                case ADDED -> new Line(text("diff.way.ADDED", way), "", change.after(), "");
                default -> new Line(text("diff.way.REMOVED", way), change.before(), "", "");
            };
        }
        return switch (kind) {
            case MOVED -> new Line(text("diff.item.MOVED", itemLabel(where, Integer.parseInt(change.before())),
                    change.after()), "", "", "");
            case ADDED -> new Line(text("diff.item.ADDED", itemLabel(where, where.index())), "", change.after(), "");
            default -> new Line(text("diff.item.REMOVED", itemLabel(where, where.index())), change.before(), "", "");
        };
    }

    /** "Store visit, step 3", "Caution 2", "Phone hotline". */
    private String itemLabel(Location where, int index) {
        return switch (where.part()) {
            case WAY -> Objects.requireNonNull(where.way()).label(language);
            case STEP, CONTACT -> text("diff.part." + where.part().name(),
                    Objects.requireNonNull(where.way()).label(language), index);
            default -> text("diff.part." + where.part().name(), index);
        };
    }

    /** A value with its name where the interface knows one. */
    private String value(Field field, String raw) {
        if (raw.isEmpty()) {
            return raw;
        }
        return switch (field) {
            case OPERATORS, OPERATOR -> {
                Operator operator = operators.get(new OperatorCode(raw));
                yield operator == null ? raw : text("diff.operator", operator.name(), raw);
            }
            case CARD_TYPES -> CardType.fromKey(raw).map(type -> type.label(language)).orElse(raw);
            case PLATFORMS -> Platform.fromKey(raw).map(Platform::label).orElse(raw);
            case SOURCE_LANGUAGE -> Language.parse(raw).map(ReaderLanguage.offered()::name).orElse(raw);
            case COUNTRY -> CountryCode.parse(raw).displayName(language);
            case KIND -> text("diff.contactKind." + raw.toUpperCase(Locale.ROOT));
            default -> raw;
        };
    }

    private String values(Field field, String joined) {
        return Arrays.stream(joined.split(", ")).map(value -> value(field, value)).collect(Collectors.joining(", "));
    }

    private String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(language.locale()) + text.substring(1);
    }

    private String text(String key, Object... arguments) {
        return Texts.get(language, key, arguments);
    }
}
