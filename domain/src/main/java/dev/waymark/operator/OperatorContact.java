package dev.waymark.operator;

import dev.waymark.base.Check;
import dev.waymark.guide.ContactKind;
import dev.waymark.guide.Evidence;
import dev.waymark.guide.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * One way to reach an operator's customer service: a phone or fax number, an email address, a web form, a store
 * finder or a postal address, with whether it works from abroad, when it is answered, and what backs it.
 *
 * @param value the number as dialled, the address or the page; checked against {@code kind}
 * @param label what it is for, e.g. "customer service, free from BASE numbers"
 * @param hours when it is answered, e.g. "Mon-Fri 8:00-20:00"; empty when unknown or always
 * @param evidence the operator's sources it cites; marked unverified when none confirms it (a contact with no source
 *                 is never shown as verified)
 */
public record OperatorContact(ContactKind kind, String value, LocalizedText label, Reach reach, LocalizedText hours,
                              Evidence evidence) {

    public static final int VALUE_MAX_LENGTH = 300;
    public static final int LABEL_MAX_LENGTH = 300;
    public static final int HOURS_MAX_LENGTH = 200;

    public OperatorContact {
        Check.present(kind, "contact kind");
        value = Check.maxLength(Check.notBlank(value, "contact"), VALUE_MAX_LENGTH, "contact");
        kind.check(value);
        label = label == null ? LocalizedText.EMPTY : label.checkMaxLength(LABEL_MAX_LENGTH, "contact label");
        reach = reach == null ? Reach.UNKNOWN : reach;
        hours = hours == null ? LocalizedText.EMPTY : hours.checkMaxLength(HOURS_MAX_LENGTH, "opening hours");
        evidence = evidence == null ? Evidence.UNVERIFIED : evidence;
        Check.that(evidence.unverified() || !evidence.sources().isEmpty(), "the contact '" + value
                + "' must cite a source or be marked unverified");
    }

    /** A contact with no label and no hours, reach unknown. */
    public static OperatorContact of(ContactKind kind, String value, Evidence evidence) {
        return new OperatorContact(kind, value, LocalizedText.EMPTY, Reach.UNKNOWN, LocalizedText.EMPTY, evidence);
    }

    /** The link that opens it ({@code tel:}, {@code mailto:}, the page); null for a fax or an address. */
    public @Nullable String href() {
        return kind.href(value);
    }
}
