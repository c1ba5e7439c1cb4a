package dev.waymark.account;

import dev.waymark.base.Check;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who edits or administers guides.
 *
 * @param passwordHash an encoded hash such as {@code {bcrypt}$2a$...}; never the password itself
 * @param version 0 for a user not stored yet; the stored version otherwise, for optimistic locking
 */
public record User(String username, String displayName, Set<Role> roles, String passwordHash, boolean enabled,
                   long version) {

    public static final int USERNAME_MAX_LENGTH = 40;
    public static final int DISPLAY_NAME_MAX_LENGTH = 100;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    public User {
        username = checkUsername(username);
        displayName = checkDisplayName(displayName);
        roles = checkRoles(roles);
        passwordHash = Check.notBlank(passwordHash, "password hash");
        Check.that(passwordHash.startsWith("{"), "the password must be stored as an encoded hash, never as it is");
        Check.that(version >= 0, "a user's version is never negative (was " + version + ")");
    }

    /** A user not stored yet. */
    public User(String username, String displayName, Set<Role> roles, String passwordHash, boolean enabled) {
        this(username, displayName, roles, passwordHash, enabled, 0);
    }

    /** The username, trimmed; throws with a message a person can act on when it breaks the rules. */
    public static String checkUsername(String username) {
        String checked = Check.maxLength(Check.notBlank(username, "username"), USERNAME_MAX_LENGTH, "username");
        Check.that(USERNAME.matcher(checked).matches(),
                "a username is lower-case letters, digits, '.', '_' and '-', starting with a letter or digit");
        return checked;
    }

    /** The display name, trimmed; throws when it is blank or too long. */
    public static String checkDisplayName(String displayName) {
        return Check.maxLength(Check.notBlank(displayName, "display name"), DISPLAY_NAME_MAX_LENGTH, "display name");
    }

    /** An unmodifiable copy; throws when there is no role. */
    public static Set<Role> checkRoles(Set<Role> roles) {
        Set<Role> checked = Check.set(roles, "roles");
        Check.that(!checked.isEmpty(), "a user needs at least one role");
        return checked;
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public User withRoles(Set<Role> newRoles) {
        return new User(username, displayName, newRoles, passwordHash, enabled, version);
    }

    public User withEnabled(boolean nowEnabled) {
        return new User(username, displayName, roles, passwordHash, nowEnabled, version);
    }

    public User withPasswordHash(String newHash) {
        return new User(username, displayName, roles, newHash, enabled, version);
    }

    /** The roles in a stable order (EDITOR, ADMIN), for display and storage. */
    public Set<Role> sortedRoles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    @Override
    public String toString() {
        // The hash stays out of logs and messages.
        return "User[" + username + ", " + roles + (enabled ? "" : ", disabled") + ", version " + version + "]";
    }
}
