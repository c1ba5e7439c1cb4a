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
}
