package dev.waymark.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.waymark.audit.AuditFilter;
import dev.waymark.audit.AuditService;
import dev.waymark.base.TestDatabaseInitializer;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfiguration;

/**
 * Who may call what, checked on the services themselves (not on the views): every method of AccountService
 * and AuditService, called by nobody, an anonymous visitor, an editor and an admin.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class AccountServiceSecurityTest {

    private static final String PASSWORD = "matrix password 1234";

    enum Caller { NOBODY, ANONYMOUS, EDITOR, ADMIN }

    enum Needs { ADMIN, SIGNED_IN }

    /** One service method called with valid arguments. */
    interface Call {
        void on(Fixture fixture);
    }

    record Fixture(AccountService accounts, AuditService audit, String target, long targetVersion) {
    }

    @Autowired
    AccountService accounts;

    @Autowired
    AuditService audit;

    @Autowired
    Users users;

    @Autowired
    PasswordEncoder encoder;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String editor = "matrix-editor-" + suffix;
    private final String admin = "matrix-admin-" + suffix;
    private final String target = "matrix-target-" + suffix;
    private long targetVersion;

    @BeforeEach
    void createUsers() {
        String hash = encoder.encode(PASSWORD);
        users.add(new User(editor, "Editor", Set.of(Role.EDITOR), hash, true));
        users.add(new User(admin, "Admin", Set.of(Role.ADMIN, Role.EDITOR), hash, true));
        targetVersion = users.add(new User(target, "Target", Set.of(Role.EDITOR), hash, true)).version();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static Stream<Arguments> matrix() {
        List<Arguments> methods = List.of(
                Arguments.of("listUsers", Needs.ADMIN, (Call) f -> f.accounts().listUsers(0, 10)),
                Arguments.of("countUsers", Needs.ADMIN, (Call) f -> f.accounts().countUsers()),
                Arguments.of("createUser", Needs.ADMIN, (Call) f -> f.accounts().createUser(new NewUser(
                        f.target() + "-new", "New", Set.of(Role.EDITOR), PASSWORD))),
                Arguments.of("disable", Needs.ADMIN, (Call) f -> f.accounts().disable(f.target())),
                Arguments.of("enable", Needs.ADMIN, (Call) f -> f.accounts().enable(f.target())),
                Arguments.of("changeRoles", Needs.ADMIN, (Call) f -> f.accounts().changeRoles(f.target(),
                        Set.of(Role.EDITOR, Role.ADMIN), f.targetVersion())),
                Arguments.of("currentUser", Needs.SIGNED_IN, (Call) f -> f.accounts().currentUser()),
                Arguments.of("changeOwnPassword", Needs.SIGNED_IN, (Call) f -> f.accounts().changeOwnPassword(PASSWORD,
                        "a new matrix password")),
                Arguments.of("audit.find", Needs.ADMIN, (Call) f -> f.audit().find(AuditFilter.ALL, 0, 10)),
                Arguments.of("audit.count", Needs.ADMIN, (Call) f -> f.audit().count(AuditFilter.ALL)));
        return Stream.of(Caller.values()).flatMap(caller -> methods.stream().map(method -> Arguments.of(
                caller, method.get()[0], method.get()[1], method.get()[2])));
    }

    @ParameterizedTest(name = "{0} calls {1}")
    @MethodSource("matrix")
    void only_the_right_callers_get_through(Caller caller, String method, Needs needs, Call call) {
        signInAs(caller);
        boolean allowed = caller == Caller.ADMIN || (needs == Needs.SIGNED_IN && caller == Caller.EDITOR);

        Throwable thrown = catchThrowable(() -> call.on(new Fixture(accounts, audit, target, targetVersion)));

        if (allowed) {
            assertThat(thrown).as(caller + " may call " + method).isNull();
        } else {
            assertThat(thrown).as(caller + " may not call " + method)
                    .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
            SecurityContextHolder.clearContext();
            User untouched = users.find(target).orElseThrow();
            assertThat(untouched.enabled()).isTrue();
            assertThat(untouched.roles()).containsExactly(Role.EDITOR);
            assertThat(users.find(target + "-new")).isEmpty();
        }
    }

    private void signInAs(Caller caller) {
        Authentication authentication = switch (caller) {
            case NOBODY -> null;
            case ANONYMOUS -> new AnonymousAuthenticationToken("key", "anonymousUser",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
            case EDITOR -> UsernamePasswordAuthenticationToken.authenticated(editor, null,
                    AuthorityUtils.createAuthorityList("ROLE_EDITOR"));
            case ADMIN -> UsernamePasswordAuthenticationToken.authenticated(admin, null,
                    AuthorityUtils.createAuthorityList("ROLE_ADMIN", "ROLE_EDITOR"));
        };
        SecurityContextHolder.clearContext();
        if (authentication != null) {
            SecurityContextHolder.getContext().setAuthentication(authentication);
        }
    }
}
