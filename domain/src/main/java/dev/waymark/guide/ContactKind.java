package dev.waymark.guide;

/** How a contact point is reached. */
public enum ContactKind {
    PHONE, WEBSITE, EMAIL, ADDRESS,
    /** A fax number: written like a phone number, but not something a reader can call. */
    FAX
}
