package dev.waymark.operator;

/** Whether a contact point can be reached from outside the operator's country, where travelers often are. */
public enum Reach {
    /** Works from abroad too (an international number, a web page, an address). */
    FROM_ABROAD,
    /** Only from inside the country or from the operator's own network (a short code, a free 0800 number). */
    ONLY_IN_COUNTRY,
    /** No source says. */
    UNKNOWN
}
