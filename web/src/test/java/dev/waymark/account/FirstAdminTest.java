package dev.waymark.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waymark.audit.AuditEvent;
import dev.waymark.audit.AuditFilter;
import dev.waymark.audit.AuditLog;
import dev.waymark.audit.Auditor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTest {

    private static final Pattern LOGGED_PASSWORD = Pattern.compile("password: (\\S+)");

    private final InMemoryUsers users = new InMemoryUsers();
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final List<AuditEvent> events = new ArrayList<>();
    private final Auditor auditor = Auditors.collecting(events);

    private FirstAdmin firstAdmin(String configuredPassword) {
        return new FirstAdmin(users, encoder, auditor, configuredPassword);
    }

    @Test
    void the_configured_password_makes_the_first_admin_and_is_never_logged(CapturedOutput output) {
        String password = "a configured secret 42";

        assertThat(firstAdmin(password).createIfNoUsers()).isTrue();

        User admin = users.find("admin").orElseThrow();
        assertThat(admin.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.EDITOR);
        assertThat(admin.enabled()).isTrue();
        assertThat(admin.passwordHash()).startsWith("{bcrypt}").doesNotContain(password);
        assertThat(encoder.matches(password, admin.passwordHash())).isTrue();
        assertThat(output.getAll()).contains("WAYMARK_ADMIN_PASSWORD").doesNotContain(password);
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.actor()).isEqualTo("system");
            assertThat(event.action()).isEqualTo(AuditActions.FIRST_ADMIN);
            assertThat(event.target()).isEqualTo("admin");
        });
    }

    @Test
    void without_a_configured_password_a_strong_one_is_generated_and_logged_once(CapturedOutput output) {
        assertThat(firstAdmin("").createIfNoUsers()).isTrue();
        assertThat(firstAdmin("").createIfNoUsers()).isFalse();

        Matcher logged = LOGGED_PASSWORD.matcher(output.getAll());
        assertThat(logged.find()).isTrue();
        String password = logged.group(1);
        assertThat(logged.find()).as("the password is logged only once").isFalse();
        assertThat(password).hasSize(24).matches("[A-Za-z2-9]+");
        assertThat(output.getAll()).contains("shown only this once");
        User admin = users.find("admin").orElseThrow();
        assertThat(encoder.matches(password, admin.passwordHash())).isTrue();
        assertThat(admin.passwordHash()).startsWith("{bcrypt}");
        assertThat(events).hasSize(1);
    }

    @Test
    void nothing_is_created_when_a_user_exists(CapturedOutput output) {
        users.add(new User("ana", "Ana", Set.of(Role.EDITOR), encoder.encode("whatever password"), true));

        assertThat(firstAdmin("a configured secret 42").createIfNoUsers()).isFalse();

        assertThat(users.find("admin")).isEmpty();
        assertThat(output.getAll()).doesNotContain("password:");
        assertThat(events).isEmpty();
    }

    @Test
    void a_configured_password_that_breaks_the_policy_stops_the_start() {
        assertThatThrownBy(() -> firstAdmin("short").createIfNoUsers())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WAYMARK_ADMIN_PASSWORD")
                .hasMessageContaining("at least 12")
                .hasMessageNotContaining("short");
        assertThat(users.count()).isZero();
    }

    @Test
    void generated_passwords_differ() {
        InMemoryUsers other = new InMemoryUsers();
        new FirstAdmin(other, encoder, auditor, "").createIfNoUsers();
        firstAdmin("").createIfNoUsers();

        assertThat(other.find("admin").orElseThrow().passwordHash())
                .isNotEqualTo(users.find("admin").orElseThrow().passwordHash());
    }

    /** An auditor whose events land in a list. */
    static final class Auditors {
        static Auditor collecting(List<AuditEvent> events) {
            AuditLog log = new AuditLog() {
                @Override
                public void record(AuditEvent event) {
                    events.add(event);
                }

                @Override
                public List<AuditEvent> find(AuditFilter filter, int offset, int limit) {
                    return List.copyOf(events);
                }

                @Override
                public long count(AuditFilter filter) {
                    return events.size();
                }
            };
            return new Auditor(log, Clock.systemUTC());
        }
    }
}
