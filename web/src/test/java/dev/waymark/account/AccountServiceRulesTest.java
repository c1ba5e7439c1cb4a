package dev.waymark.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waymark.account.AccountInputException.Field;
import dev.waymark.audit.AuditEvent;
import dev.waymark.report.MovingClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The rules of AccountService, without Spring: who may call it is {@link AccountServiceSecurityTest}'s job. */
class AccountServiceRulesTest {

    private static final String PASSWORD = "correct horse battery";

    private final InMemoryUsers users = new InMemoryUsers();
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final List<AuditEvent> events = new ArrayList<>();
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), Duration.ofMinutes(1),
            Duration.ofHours(1), 100,
            new MovingClock(Instant.parse("2026-03-01T10:00:00Z")));
    private final AccountService service = new AccountService(users, encoder,
            FirstAdminTest.Auditors.collecting(events), throttle);

    @BeforeEach
    void signInAsAna() {
        users.add(new User("ana", "Ana", Set.of(Role.ADMIN, Role.EDITOR), encoder.encode(PASSWORD), true));
        signIn("ana");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_EDITOR")));
    }

    private AccountInputException refusal(Runnable call) {
        try {
            call.run();
        } catch (AccountInputException e) {
            return e;
        }
        throw new AssertionError("expected the input to be refused");
    }

    @Test
    void a_created_user_has_a_bcrypt_hash_never_the_password_and_the_creation_is_audited() {
        UserSummary ben = service.createUser(new NewUser(" ben ", "Ben Jones", Set.of(Role.EDITOR), "ben's long password"));

        assertThat(ben).isEqualTo(new UserSummary("ben", "Ben Jones", Set.of(Role.EDITOR), true, 1));
        String hash = users.find("ben").orElseThrow().passwordHash();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("ben's long password");
        assertThat(encoder.matches("ben's long password", hash)).isTrue();
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.actor()).isEqualTo("ana");
            assertThat(event.action()).isEqualTo("user.create");
            assertThat(event.target()).isEqualTo("ben");
            assertThat(event.detail()).doesNotContain("password");
        });
    }

    @Test
    void each_refusal_names_its_field_with_the_domains_message() {
        assertThat(refusal(() -> service.createUser(new NewUser("Ben Jones", "Ben", Set.of(Role.EDITOR), PASSWORD))))
                .satisfies(e -> assertThat(e.field()).isEqualTo(Field.USERNAME))
                .hasMessageContaining("lower-case letters");
        assertThat(refusal(() -> service.createUser(new NewUser("ben", " ", Set.of(Role.EDITOR), PASSWORD))))
                .satisfies(e -> assertThat(e.field()).isEqualTo(Field.DISPLAY_NAME));
        assertThat(refusal(() -> service.createUser(new NewUser("ben", "Ben", Set.of(), PASSWORD))))
                .satisfies(e -> assertThat(e.field()).isEqualTo(Field.ROLES))
                .hasMessageContaining("at least one role");
        assertThat(refusal(() -> service.createUser(new NewUser("ben", "Ben", Set.of(Role.EDITOR), "elevenchars"))))
                .satisfies(e -> assertThat(e.field()).isEqualTo(Field.PASSWORD))
                .hasMessageContaining("at least 12 characters");
        assertThat(refusal(() -> service.createUser(new NewUser("ana", "Another Ana", Set.of(Role.EDITOR), PASSWORD))))
                .satisfies(e -> assertThat(e.field()).isEqualTo(Field.USERNAME))
                .hasMessageContaining("taken");
        assertThat(users.count()).isEqualTo(1);
        assertThat(events).isEmpty();
    }

    @Test
    void nobody_disables_themselves_but_others_are_disabled_and_enabled_again() {
        service.createUser(new NewUser("ben", "Ben", Set.of(Role.EDITOR), PASSWORD));

        assertThatThrownBy(() -> service.disable("ana")).hasMessageContaining("cannot disable your own account");
        assertThat(service.disable("ben").enabled()).isFalse();
        assertThat(service.enable("ben").enabled()).isTrue();
        assertThatThrownBy(() -> service.disable("nobody")).hasMessageContaining("there is no user 'nobody'");
        assertThat(events).extracting(AuditEvent::action).containsExactly("user.create", "user.disable", "user.enable");
    }

    @Test
    void the_last_admin_keeps_the_admin_role_until_there_is_another() {
        long version = users.find("ana").orElseThrow().version();
        assertThatThrownBy(() -> service.changeRoles("ana", Set.of(Role.EDITOR), version))
                .hasMessageContaining("you are the last admin");

        service.createUser(new NewUser("ben", "Ben", Set.of(Role.ADMIN), PASSWORD));
        UserSummary ana = service.changeRoles("ana", Set.of(Role.EDITOR), version);

        assertThat(ana.roles()).containsExactly(Role.EDITOR);
        assertThat(events.getLast().detail()).isEqualTo("[EDITOR, ADMIN] to [EDITOR]");
    }

    @Test
    void a_role_change_from_what_the_admin_saw_before_a_colleagues_change_is_refused() {
        UserSummary ben = service.createUser(new NewUser("ben", "Ben", Set.of(Role.EDITOR), PASSWORD));
        service.changeRoles("ben", Set.of(Role.EDITOR, Role.ADMIN), ben.version());

        assertThatThrownBy(() -> service.changeRoles("ben", Set.of(Role.EDITOR), ben.version()))
                .isInstanceOf(StaleUserException.class);
        assertThat(users.find("ben").orElseThrow().roles()).contains(Role.ADMIN);
        assertThat(refusal(() -> service.changeRoles("ben", Set.of(), 2)).field()).isEqualTo(Field.ROLES);
    }

    @Test
    void everyone_changes_their_own_password_after_giving_the_current_one() {
        assertThat(refusal(() -> service.changeOwnPassword("not my password", "a brand new password")).field())
                .isEqualTo(Field.CURRENT_PASSWORD);
        assertThat(refusal(() -> service.changeOwnPassword(PASSWORD, "too short")).field()).isEqualTo(Field.PASSWORD);
        assertThat(refusal(() -> service.changeOwnPassword(PASSWORD, PASSWORD))).hasMessageContaining("differ");

        service.changeOwnPassword(PASSWORD, "a brand new password");

        String hash = users.find("ana").orElseThrow().passwordHash();
        assertThat(hash).startsWith("{bcrypt}");
        assertThat(encoder.matches("a brand new password", hash)).isTrue();
        assertThat(events).extracting(AuditEvent::action).containsExactly("user.password.failed", "user.password");
    }

    @Test
    void guessing_the_current_password_is_throttled_like_signing_in() {
        for (int i = 0; i < 3; i++) {
            refusal(() -> service.changeOwnPassword("guess", "a brand new password"));
        }

        assertThatThrownBy(() -> service.changeOwnPassword(PASSWORD, "a brand new password"))
                .isInstanceOf(LoginThrottledException.class);
        assertThat(encoder.matches(PASSWORD, users.find("ana").orElseThrow().passwordHash())).isTrue();
    }
}
