package dev.waymark.account;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An API token as its owner sees it in the list: everything but the hash. */
public record ApiTokenSummary(ApiTokenId id, String name, Set<TokenScope> scopes, Instant createdAt, Instant expiresAt,
                              @Nullable Instant lastUsedAt, @Nullable Instant revokedAt, boolean usable) {

    static ApiTokenSummary of(ApiToken token, Instant now) {
        return new ApiTokenSummary(token.id(), token.name(), token.sortedScopes(), token.createdAt(),
                token.expiresAt(), token.lastUsedAt(), token.revokedAt(), token.usableAt(now));
    }
}
