package dev.waymark.account;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API tokens in PostgreSQL, one row each, found by the hash of their text. */
@Repository
public class JdbcApiTokens implements ApiTokens {

    private static final String COLUMNS =
            "id, username, name, scopes, token_hash, created_at, expires_at, last_used_at, revoked_at";

    private final JdbcClient jdbc;

    public JdbcApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(ApiToken token) {
        jdbc.sql("""
                insert into api_token (id, username, name, scopes, token_hash, created_at, expires_at, last_used_at,
                                       revoked_at)
                values (:id, :username, :name, :scopes::text[], :hash, :created, :expires, :lastUsed, :revoked)
                """)
                .param("id", token.id().value())
                .param("username", token.username())
                .param("name", token.name())
                .param("scopes", token.sortedScopes().stream().map(TokenScope::key)
                        .collect(Collectors.joining(",", "{", "}")))
                .param("hash", token.hash())
                .param("created", Timestamp.from(token.createdAt()))
                .param("expires", Timestamp.from(token.expiresAt()))
                .param("lastUsed", timestamp(token.lastUsedAt()))
                .param("revoked", timestamp(token.revokedAt()))
                .update();
    }

    @Override
    public Optional<ApiToken> find(ApiTokenId id) {
        return jdbc.sql("select " + COLUMNS + " from api_token where id = :id").param("id", id.value())
                .query((rs, row) -> token(rs)).optional();
    }

    @Override
    public Optional<ApiToken> findByHash(String hash) {
        return jdbc.sql("select " + COLUMNS + " from api_token where token_hash = :hash").param("hash", hash)
                .query((rs, row) -> token(rs)).optional();
    }

    @Override
    public List<ApiToken> listFor(String username) {
        return jdbc.sql("select " + COLUMNS + " from api_token where username = :username order by created_at desc, id")
                .param("username", username).query((rs, row) -> token(rs)).list();
    }

    @Override
    public boolean revoke(ApiTokenId id, Instant at) {
        return jdbc.sql("update api_token set revoked_at = :at where id = :id and revoked_at is null")
                .param("id", id.value()).param("at", Timestamp.from(at)).update() == 1;
    }

    @Override
    public void touch(ApiTokenId id, Instant at) {
        // A scraper calls every 15 s: one write a minute is enough to say "last used".
        jdbc.sql("""
                update api_token set last_used_at = :at
                 where id = :id and (last_used_at is null or last_used_at <= :minuteAgo)
                """)
                .param("id", id.value()).param("at", Timestamp.from(at))
                .param("minuteAgo", Timestamp.from(at.minusSeconds(60))).update();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        return new ApiToken(new ApiTokenId(rs.getObject("id", UUID.class)), rs.getString("username"),
                rs.getString("name"), scopes(rs.getArray("scopes")), rs.getString("token_hash"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                instant(rs, "last_used_at"), instant(rs, "revoked_at"));
    }

    private static Set<TokenScope> scopes(Array array) throws SQLException {
        Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
        for (String key : (String[]) array.getArray()) {
            scopes.add(TokenScope.fromKey(key).orElseThrow(() -> new IllegalStateException("unknown scope " + key)));
        }
        return scopes;
    }
}
