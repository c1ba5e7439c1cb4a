package dev.waymark.operator;

import dev.waymark.base.Check;
import dev.waymark.guide.ContactKind;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.Evidence;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.Source;
import dev.waymark.guide.SourceKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A mobile operator (or a brand with its own customer service) in one country.
 *
 * @param brandOwner the company the brand belongs to when that is not the operator itself, e.g. "Telenet Group" for
 *                   BASE; null when it is its own company or unknown
 * @param formerNames the names it was known by, oldest first
 * @param website    the operator's own site, an http or https address; null when unknown
 * @param support    customer-service contacts, each with its evidence
 * @param note       what readers should know (brands it runs, who owns it)
 * @param sources    the pages the facts above come from
 * @param reviewDue  when an editor should check these facts again; null when not planned
 */
public record Operator(OperatorCode code, CountryCode country, String name, @Nullable String brandOwner,
                       List<FormerName> formerNames, @Nullable String website, List<OperatorContact> support,
                       LocalizedText note, List<Source> sources, OperatorStatus status, @Nullable LocalDate reviewDue) {

    public static final int NAME_MAX_LENGTH = 100;
    public static final int BRAND_OWNER_MAX_LENGTH = 100;
    public static final int WEBSITE_MAX_LENGTH = 300;
    public static final int NOTE_MAX_LENGTH = 2000;

    public Operator {
        Check.present(code, "operator code");
        Check.present(country, "country");
        Check.that(code.country().equals(country), "operator code " + code + " does not match country " + country);
        name = Check.maxLength(Check.notBlank(name, "operator name"), NAME_MAX_LENGTH, "operator name");
        brandOwner = brandOwner == null || brandOwner.isBlank() ? null
                : Check.maxLength(brandOwner.strip(), BRAND_OWNER_MAX_LENGTH, "brand owner");
        formerNames = Check.list(formerNames, "former names");
        website = website == null || website.isBlank() ? null : website.strip();
        if (website != null) {
            Check.maxLength(website, WEBSITE_MAX_LENGTH, "website");
            Check.that(ContactKind.isWebAddress(website), "the website must be an http or https address (was '"
                    + website + "')");
        }
        support = Check.list(support, "support contacts");
        note = note == null ? LocalizedText.EMPTY : note.checkMaxLength(NOTE_MAX_LENGTH, "operator note");
        sources = Check.list(sources, "sources");
        status = status == null ? OperatorStatus.ACTIVE : status;
        Set<String> names = new HashSet<>();
        names.add(name.toLowerCase(Locale.ROOT));
        for (FormerName former : formerNames) {
            Check.that(names.add(former.name().toLowerCase(Locale.ROOT)), "'" + former.name()
                    + "' is the operator's name or another former name already");
        }
        for (int i = 1; i < formerNames.size(); i++) {
            LocalDate before = formerNames.get(i - 1).renamedOn();
            LocalDate after = formerNames.get(i).renamedOn();
            Check.that(before == null || after == null || !after.isBefore(before), "former names go oldest first: '"
                    + formerNames.get(i).name() + "' (renamed " + after + ") comes after '"
                    + formerNames.get(i - 1).name() + "' (renamed " + before + ")");
        }
        Set<SourceKey> keys = new HashSet<>();
        sources.forEach(source -> Check.that(keys.add(source.key()), "source key '" + source.key() + "' is used twice"));
        for (OperatorContact contact : support) {
            citesKnownSources(contact.evidence(), keys);
        }
        for (FormerName former : formerNames) {
            citesKnownSources(former.evidence(), keys);
        }
    }

    /** An active operator with no brand owner and no review planned. */
    public Operator(OperatorCode code, CountryCode country, String name, @Nullable List<FormerName> formerNames,
                    @Nullable String website, @Nullable List<OperatorContact> support, @Nullable LocalizedText note,
                    @Nullable List<Source> sources) {
        this(code, country, name, null, formerNames, website, support, note, sources, OperatorStatus.ACTIVE, null);
    }

    private static void citesKnownSources(Evidence evidence, Set<SourceKey> keys) {
        for (SourceKey key : evidence.sources()) {
            Check.that(keys.contains(key), "a fact cites source '" + key + "', which the operator does not list");
        }
    }

    /**
     * The operator under a new name from {@code on}: the current name becomes its latest former name, with that
     * date. Throws when the new name is blank, is the current name, or {@code on} is before an earlier rename.
     */
    public Operator renamed(String newName, LocalDate on) {
        Check.present(on, "rename date");
        String wanted = Check.notBlank(newName, "new name");
        Check.that(!wanted.equalsIgnoreCase(name), "the operator is called '" + name + "' already");
        List<FormerName> formers = new ArrayList<>(formerNames.stream()
                .filter(former -> !former.name().equalsIgnoreCase(wanted)).toList());
        formers.add(new FormerName(name, on, null, null));
        return new Operator(code, country, wanted, brandOwner, formers, website, support, note, sources, status,
                reviewDue);
    }

    /** True when {@code text} names this operator by its current or a former name (case-insensitive). */
    public boolean answersTo(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return name.toLowerCase(Locale.ROOT).equals(wanted)
                || formerNames.stream().anyMatch(former -> former.name().toLowerCase(Locale.ROOT).equals(wanted));
    }

    /** True when an editor should check it by {@code day}: a review is planned on or before it. */
    public boolean reviewDueBy(LocalDate day) {
        return reviewDue != null && !reviewDue.isAfter(day);
    }
}
