package dev.waymark.account;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts in PostgreSQL, one row each; roles as a text array of role names. */
@Repository
public class JdbcUsers implements Users {

    private static final String COLUMNS = "username, display_name, roles, password_hash, enabled, version";

    private final JdbcClient jdbc;

    public JdbcUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public User add(User user) {
        if (user.version() != 0) {
            throw new IllegalArgumentException("a new user has version 0 (was " + user.version() + ")");
        }
        try {
            jdbc.sql("""
                    insert into app_user (username, display_name, roles, password_hash, enabled, version)
                    values (:username, :displayName, :roles::text[], :hash, :enabled, 1)
                    """)
                    .param("username", user.username())
                    .param("displayName", user.displayName())
                    .param("roles", roles(user.roles()))
                    .param("hash", user.passwordHash())
                    .param("enabled", user.enabled())
                    .update();
        } catch (DuplicateKeyException e) {
            throw new UsernameTakenException(user.username());
        }
        return new User(user.username(), user.displayName(), user.roles(), user.passwordHash(), user.enabled(), 1);
    }

    @Override
    public User update(User user) {
        int updated = jdbc.sql("""
                update app_user set display_name = :displayName, roles = :roles::text[], password_hash = :hash,
                       enabled = :enabled, version = version + 1, updated_at = now()
                 where username = :username and version = :version
                """)
                .param("username", user.username())
                .param("displayName", user.displayName())
                .param("roles", roles(user.roles()))
                .param("hash", user.passwordHash())
                .param("enabled", user.enabled())
                .param("version", user.version())
                .update();
        if (updated != 1) {
            throw new StaleUserException(user.username(), user.version());
        }
        return new User(user.username(), user.displayName(), user.roles(), user.passwordHash(), user.enabled(),
                user.version() + 1);
    }

    @Override
    public Optional<User> find(String username) {
        return jdbc.sql("select " + COLUMNS + " from app_user where username = :username")
                .param("username", username)
                .query((rs, row) -> user(rs))
                .optional();
    }

    @Override
    public List<User> list(int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from app_user order by username offset :offset limit :limit")
                .param("offset", Math.max(0, offset))
                .param("limit", Math.max(0, limit))
                .query((rs, row) -> user(rs))
                .list();
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    @Override
    public long countEnabledAdmins() {
        return jdbc.sql("select count(*) from app_user where enabled and 'ADMIN' = any(roles)").query(Long.class).single();
    }

    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getString("username"), rs.getString("display_name"), roles(rs.getArray("roles")),
                rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getLong("version"));
    }

    private static String roles(Set<Role> roles) {
        // A PostgreSQL array literal of enum names, which need no quoting.
        return EnumSet.copyOf(roles).stream().map(Role::name).collect(Collectors.joining(",", "{", "}"));
    }

    private static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : (String[]) array.getArray()) {
            roles.add(Role.valueOf(name));
        }
        return roles;
    }
}
