package dev.waymark.account;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Component;

/**
 * Checks the text of an API token on each call: it must be known, not revoked, not expired, and its owner must still
 * be an enabled editor or admin. The admin scope counts only while the owner is an admin. Records the use (once a
 * minute at most). Successful calls are not audited (a scraper would fill the audit trail); creating and revoking are.
 */
@Component
public class ApiTokenAuthenticator {

    private final ApiTokens tokens;
    private final Users users;
    private final Clock clock;

    ApiTokenAuthenticator(ApiTokens tokens, Users users, ObjectProvider<Clock> clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * The caller the token stands for.
     *
     * @throws BadCredentialsException saying whether the token is unknown, revoked or expired, or its owner may no
     *                                 longer use it
     */
    public ApiTokenAuthentication authenticate(String secret) {
        if (!secret.startsWith(ApiTokenSecrets.PREFIX) || secret.length() > 200) {
            throw new BadCredentialsException("the API token is not one Waymark issued");
        }
        ApiToken token = tokens.findByHash(ApiTokenSecrets.hash(secret))
                .orElseThrow(() -> new BadCredentialsException("the API token is unknown"));
        var now = clock.instant();
        if (token.revokedAt() != null) {
            throw new BadCredentialsException("the API token was revoked");
        }
        if (!token.usableAt(now)) {
            throw new BadCredentialsException("the API token expired");
        }
        User owner = users.find(token.username()).filter(User::enabled)
                .orElseThrow(() -> new BadCredentialsException("the API token's owner is disabled"));
        Set<TokenScope> scopes = EnumSet.copyOf(token.scopes());
        if (!owner.isAdmin()) {
            scopes.remove(TokenScope.ADMIN);
        }
        tokens.touch(token.id(), now);
        return new ApiTokenAuthentication(owner.username(), token.id(), scopes, owner.roles());
    }
}
