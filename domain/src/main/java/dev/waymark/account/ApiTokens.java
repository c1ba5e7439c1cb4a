package dev.waymark.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where API tokens are kept (as hashes). Implemented in the db module. */
public interface ApiTokens {

    /** Stores a new token; throws when its id or hash exists. */
    void add(ApiToken token);

    Optional<ApiToken> find(ApiTokenId id);

    /** The token whose text hashes to {@code hash}, revoked and expired ones included. */
    Optional<ApiToken> findByHash(String hash);

    /** A user's tokens, newest first, revoked and expired ones included. */
    List<ApiToken> listFor(String username);

    /** Marks it revoked at {@code at}; false when it does not exist or was revoked already. */
    boolean revoke(ApiTokenId id, Instant at);

    /** Records a use at {@code at}; writes only when the last recorded use is a minute older or more. */
    void touch(ApiTokenId id, Instant at);
}
