package dev.waymark.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void a_password_has_at_least_twelve_characters() {
        assertThat(PasswordPolicy.check("correct horse")).isEqualTo("correct horse");
        assertThat(PasswordPolicy.check("注销手机卡的密码很长很长的")).hasSize(13);
        assertThatThrownBy(() -> PasswordPolicy.check("short-pass1")).hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> PasswordPolicy.check("")).hasMessageContaining("required");
        assertThatThrownBy(() -> PasswordPolicy.check(" ".repeat(12))).hasMessageContaining("only spaces");
    }

    @Test
    void a_password_bcrypt_would_cut_is_refused() {
        assertThat(PasswordPolicy.check("x".repeat(72))).hasSize(72);
        assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(73))).hasMessageContaining("at most 72 bytes");
        assertThatThrownBy(() -> PasswordPolicy.check("密".repeat(25))).hasMessageContaining("at most 72 bytes");
    }
}
