package dev.waymark.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class UserTest {

    @Test
    void a_password_is_only_ever_stored_hashed() {
        assertThatThrownBy(() -> new User("ana", "Ana", Set.of(Role.EDITOR), "secret", true))
                .hasMessageContaining("encoded hash");
        assertThat(new User("ana", "Ana", Set.of(Role.EDITOR), "{bcrypt}$2a$10$abc", true).enabled()).isTrue();
    }

    @Test
    void usernames_are_simple_and_users_have_a_role() {
        assertThatThrownBy(() -> new User("Ana Smith", "Ana", Set.of(Role.EDITOR), "{noop}x", true))
                .hasMessageContaining("username");
        assertThatThrownBy(() -> new User("ana", "Ana", Set.of(), "{noop}x", true)).hasMessageContaining("role");
    }

    @Test
    void changes_keep_the_version_for_optimistic_locking_and_the_hash_stays_out_of_text() {
        User stored = new User("ana", "Ana", Set.of(Role.EDITOR), "{bcrypt}$2a$10$secret", true, 3);

        User changed = stored.withRoles(Set.of(Role.ADMIN, Role.EDITOR)).withEnabled(false);

        assertThat(changed.version()).isEqualTo(3);
        assertThat(changed.isAdmin()).isTrue();
        assertThat(changed.enabled()).isFalse();
        assertThat(changed.toString()).doesNotContain("secret");
        assertThatThrownBy(() -> stored.withRoles(Set.of())).hasMessageContaining("at least one role");
        assertThatThrownBy(() -> stored.withPasswordHash("plain")).hasMessageContaining("encoded hash");
    }

    @Test
    void usernames_and_display_names_have_limits() {
        assertThat(User.checkUsername(" ana.b-1 ")).isEqualTo("ana.b-1");
        assertThatThrownBy(() -> User.checkUsername("a".repeat(User.USERNAME_MAX_LENGTH + 1)))
                .hasMessageContaining("at most " + User.USERNAME_MAX_LENGTH);
        assertThatThrownBy(() -> User.checkUsername("-ana")).hasMessageContaining("starting with a letter or digit");
        assertThatThrownBy(() -> User.checkDisplayName(" ")).hasMessageContaining("display name");
    }
}
