package dev.waymark.account;

/** What a signed-in user may do. Readers need no account. */
public enum Role {
    EDITOR, ADMIN
}
