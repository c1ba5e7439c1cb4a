package dev.waymark.account;

import java.util.Set;

/** A user as admins see them: everything but the password hash. */
public record UserSummary(String username, String displayName, Set<Role> roles, boolean enabled, long version) {

    static UserSummary of(User user) {
        return new UserSummary(user.username(), user.displayName(), user.sortedRoles(), user.enabled(), user.version());
    }
}
