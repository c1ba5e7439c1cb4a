package dev.waymark.account;

import dev.waymark.base.TestCaller;
import java.time.Duration;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;

/** Creates API tokens for tests the way a person does, through the service, signed in as the token's owner. */
public final class TestTokens {

    private TestTokens() {
    }

    /** The text of a new 30-day token of {@code username}, who has {@code roles}. */
    public static String create(ApiTokenService tokens, String username, Set<Role> roles, TokenScope... scopes) {
        TestCaller.signIn(username, roles.stream().map(role -> "ROLE_" + role.name()).toArray(String[]::new));
        try {
            return tokens.create("test token", Set.of(scopes), Duration.ofDays(30)).secret();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
