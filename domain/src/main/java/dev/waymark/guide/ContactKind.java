package dev.waymark.guide;

/** How a contact point is reached. */
public enum ContactKind {
    PHONE, WEBSITE, EMAIL, ADDRESS
}
