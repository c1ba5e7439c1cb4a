package dev.waymark.operator;

import dev.waymark.base.Check;
import dev.waymark.guide.ContactPoint;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.Evidence;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.Source;
import dev.waymark.guide.SourceKey;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A mobile operator in one country.
 *
 * @param website the operator's own site; null when unknown
 * @param support customer-service contacts, each with its evidence
 * @param note what readers should know (brands it runs, who owns it)
 * @param sources the pages the facts above come from
 */
public record Operator(OperatorCode code, CountryCode country, String name, List<FormerName> formerNames,
                       @Nullable String website, List<ContactPoint> support, LocalizedText note, List<Source> sources) {

    public static final int NAME_MAX_LENGTH = 100;

    public Operator {
        Check.present(code, "operator code");
        Check.present(country, "country");
        Check.that(code.country().equals(country), "operator code " + code + " does not match country " + country);
        name = Check.maxLength(Check.notBlank(name, "operator name"), NAME_MAX_LENGTH, "operator name");
        formerNames = Check.list(formerNames, "former names");
        support = Check.list(support, "support contacts");
        note = note == null ? LocalizedText.EMPTY : note;
        sources = Check.list(sources, "sources");
        Set<SourceKey> keys = new HashSet<>();
        sources.forEach(source -> Check.that(keys.add(source.key()), "source key '" + source.key() + "' is used twice"));
        for (ContactPoint contact : support) {
            citesKnownSources(contact.evidence(), keys);
        }
        for (FormerName former : formerNames) {
            citesKnownSources(former.evidence(), keys);
        }
    }

    private static void citesKnownSources(Evidence evidence, Set<SourceKey> keys) {
        for (SourceKey key : evidence.sources()) {
            Check.that(keys.contains(key), "a fact cites source '" + key + "', which the operator does not list");
        }
    }

    /** True when {@code text} names this operator by its current or a former name (case-insensitive). */
    public boolean answersTo(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return name.toLowerCase(Locale.ROOT).equals(wanted)
                || formerNames.stream().anyMatch(former -> former.name().toLowerCase(Locale.ROOT).equals(wanted));
    }
}
