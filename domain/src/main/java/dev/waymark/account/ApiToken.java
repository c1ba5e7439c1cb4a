package dev.waymark.account;

import dev.waymark.base.Check;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A personal API token of an editor or admin, as stored: never the token itself, only its SHA-256 hash. The token is
 * 256 random bits, so a fast hash is enough: nobody can guess their way back from the hash to a token, and a fast,
 * unsalted hash lets a call find its token by an indexed lookup instead of comparing against every bcrypt hash.
 *
 * @param hash the lower-case hex SHA-256 of the token's text
 * @param lastUsedAt when it was last accepted (to the minute); null when never
 * @param revokedAt when its owner (or an admin) revoked it; null while not revoked
 */
public record ApiToken(ApiTokenId id, String username, String name, Set<TokenScope> scopes, String hash,
                       Instant createdAt, Instant expiresAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

    public static final int NAME_MAX_LENGTH = 60;
    /** The longest a token may live: a year, so a forgotten script's token does not work for ever. */
    public static final Duration MAX_VALIDITY = Duration.ofDays(366);
    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    public ApiToken {
        Check.present(id, "token id");
        username = User.checkUsername(username);
        name = checkName(name);
        scopes = checkScopes(scopes);
        Check.that(hash != null && SHA_256_HEX.matcher(hash).matches(),
                "a token is stored as the hex SHA-256 of its text, never as it is");
        Check.present(createdAt, "creation time");
        Check.present(expiresAt, "expiry");
        Check.that(expiresAt.isAfter(createdAt), "a token expires after it was created");
        Check.that(!expiresAt.isAfter(createdAt.plus(MAX_VALIDITY)), "a token lives at most 366 days");
    }

    /** The name, trimmed; throws when blank or longer than {@link #NAME_MAX_LENGTH}. */
    public static String checkName(@Nullable String name) {
        return Check.maxLength(Check.notBlank(name, "token name"), NAME_MAX_LENGTH, "token name");
    }

    /** An unmodifiable copy; throws when there is none. */
    public static Set<TokenScope> checkScopes(@Nullable Set<TokenScope> scopes) {
        Set<TokenScope> checked = Check.set(scopes, "scopes");
        Check.that(!checked.isEmpty(), "a token needs at least one scope");
        return checked;
    }

    /** True when it may be used at {@code now}: not revoked and not expired. */
    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public boolean has(TokenScope scope) {
        return scopes.contains(scope);
    }

    /** The scopes in a stable order, for display and storage. */
    public Set<TokenScope> sortedScopes() {
        return EnumSet.copyOf(scopes);
    }

    @Override
    public String toString() {
        // The hash stays out of logs.
        return "ApiToken[" + id + ", " + username + ", " + name + ", " + scopes + "]";
    }
}
