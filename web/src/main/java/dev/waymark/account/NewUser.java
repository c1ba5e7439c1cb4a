package dev.waymark.account;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an admin enters to create a user; checked by {@link AccountService#createUser(NewUser)}. */
public record NewUser(@Nullable String username, @Nullable String displayName, @Nullable Set<Role> roles,
                      @Nullable String password) {
}
