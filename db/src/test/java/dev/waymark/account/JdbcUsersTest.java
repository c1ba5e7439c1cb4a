package dev.waymark.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waymark.base.TestDatabase;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcUsersTest {

    private static final String HASH = "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoO5Ff1v8JQ1W7L5uD0s6q2v0p5nGJxgXy";

    private final JdbcUsers users = new JdbcUsers(TestDatabase.jdbc());
    private final JdbcClient jdbc = TestDatabase.jdbc();

    @BeforeEach
    void clean() {
        TestDatabase.clear();
    }

    @Test
    void a_user_is_stored_and_read_back_whole() {
        User added = users.add(new User("ana", "Ana Marić", Set.of(Role.ADMIN, Role.EDITOR), HASH, true));

        assertThat(added.version()).isEqualTo(1);
        assertThat(users.find("ana")).contains(added);
        assertThat(users.find("nobody")).isEmpty();
        assertThat(users.count()).isEqualTo(1);
        assertThat(jdbc.sql("select roles::text from app_user").query(String.class).single()).isEqualTo("{EDITOR,ADMIN}");
    }

    @Test
    void a_username_is_taken_once() {
        users.add(new User("ana", "Ana", Set.of(Role.EDITOR), HASH, true));

        assertThatThrownBy(() -> users.add(new User("ana", "Other Ana", Set.of(Role.ADMIN), HASH, true)))
                .isInstanceOf(UsernameTakenException.class).hasMessageContaining("'ana' is taken");
        assertThat(users.find("ana").orElseThrow().displayName()).isEqualTo("Ana");
    }

    @Test
    void a_change_from_a_stale_version_is_refused_and_nothing_is_written() {
        User ana = users.add(new User("ana", "Ana", Set.of(Role.EDITOR), HASH, true));
        User disabled = users.update(ana.withEnabled(false));
        assertThat(disabled.version()).isEqualTo(2);

        assertThatThrownBy(() -> users.update(ana.withRoles(Set.of(Role.ADMIN))))
                .isInstanceOf(StaleUserException.class).hasMessageContaining("changed by someone else");
        assertThat(users.find("ana")).contains(disabled);
        assertThatThrownBy(() -> users.update(new User("ghost", "Ghost", Set.of(Role.EDITOR), HASH, true, 1)))
                .isInstanceOf(StaleUserException.class);
    }

    @Test
    void users_are_listed_by_username_in_pages_and_enabled_admins_counted() {
        users.add(new User("cleo", "Cleo", Set.of(Role.EDITOR), HASH, true));
        users.add(new User("ana", "Ana", Set.of(Role.ADMIN), HASH, true));
        User ben = users.add(new User("ben", "Ben", Set.of(Role.ADMIN, Role.EDITOR), HASH, true));

        assertThat(users.list(0, 2)).extracting(User::username).containsExactly("ana", "ben");
        assertThat(users.list(2, 2)).extracting(User::username).containsExactly("cleo");
        assertThat(users.countEnabledAdmins()).isEqualTo(2);
        users.update(ben.withEnabled(false));
        assertThat(users.countEnabledAdmins()).isEqualTo(1);
    }

    @Test
    void the_table_refuses_what_the_domain_refuses() {
        assertThatThrownBy(() -> jdbc.sql("""
                insert into app_user (username, display_name, roles, password_hash) values ('ana', 'Ana', '{EDITOR}', 'secret')
                """).update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                insert into app_user (username, display_name, roles, password_hash) values ('ana', 'Ana', '{}', :hash)
                """).param("hash", HASH).update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                insert into app_user (username, display_name, roles, password_hash) values ('ana', 'Ana', '{ROOT}', :hash)
                """).param("hash", HASH).update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                insert into app_user (username, display_name, roles, password_hash) values ('Ana B', 'Ana', '{EDITOR}', :hash)
                """).param("hash", HASH).update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(users.count()).isZero();
    }
}
