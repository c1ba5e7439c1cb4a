package dev.waymark.account;

import dev.waymark.base.Check;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who edits or administers guides.
 *
 * @param passwordHash an encoded hash such as {@code {bcrypt}$2a$...}; never the password itself
 */
public record User(String username, String displayName, Set<Role> roles, String passwordHash, boolean enabled) {

    public static final int USERNAME_MAX_LENGTH = 40;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    public User {
        username = Check.maxLength(Check.notBlank(username, "username"), USERNAME_MAX_LENGTH, "username");
        Check.that(USERNAME.matcher(username).matches(),
                "a username is lower-case letters, digits, '.', '_' and '-', starting with a letter or digit");
        displayName = Check.maxLength(Check.notBlank(displayName, "display name"), 100, "display name");
        roles = Check.set(roles, "roles");
        Check.that(!roles.isEmpty(), "a user needs at least one role");
        passwordHash = Check.notBlank(passwordHash, "password hash");
        Check.that(passwordHash.startsWith("{"), "the password must be stored as an encoded hash, never as it is");
    }
}
