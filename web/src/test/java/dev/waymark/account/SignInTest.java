package dev.waymark.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.waymark.audit.AuditEvent;
import dev.waymark.audit.AuditFilter;
import dev.waymark.audit.AuditLog;
import dev.waymark.base.TestDatabaseInitializer;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Signing in through Spring Security's filter chain, as the login form posts: failures and successes are audited,
 * and the throttle makes guessing wait per account and address and per address, never the owner elsewhere.
 * {@link SessionFixationTest} checks the session id
 * over real HTTP.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class SignInTest {

    private static final String PASSWORD = "sign-in test password";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    AuditLog audit;

    @Autowired
    PasswordEncoder encoder;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String ana = "ana-" + suffix;

    @BeforeEach
    void createAna() {
        users.add(new User(ana, "Ana", Set.of(Role.EDITOR), encoder.encode(PASSWORD), true));
    }

    /** A client address no other test uses, so the throttle of one test does not reach another. */
    private static String freshAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    private MvcResult signIn(String username, String password, String address, MockHttpSession session) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password)
                        .session(session).with(csrf()).with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn();
    }

    private MvcResult signIn(String username, String password, String address) throws Exception {
        return signIn(username, password, address, new MockHttpSession());
    }

    private List<AuditEvent> auditOf(String target) {
        return audit.find(new AuditFilter(null, null, target, null, null), 0, 50);
    }

    @Test
    void a_sign_in_and_a_failed_one_are_audited_without_the_password() throws Exception {
        String address = freshAddress();
        assertThat(signIn(ana, "not the password", address).getResponse().getRedirectedUrl()).endsWith("/login?error");
        assertThat(signIn(ana, PASSWORD, address).getResponse().getRedirectedUrl()).endsWith("/staff");

        List<AuditEvent> events = auditOf(ana);
        assertThat(events).extracting(AuditEvent::action).containsExactly("login.success", "login.failed");
        assertThat(events.get(0).actor()).isEqualTo(ana);
        assertThat(events.get(1).actor()).isEqualTo("anonymous");
        assertThat(events).allSatisfy(event -> {
            assertThat(event.detail()).contains(address).doesNotContain("not the password").doesNotContain(PASSWORD);
        });
    }

    @Test
    void guessing_from_one_address_must_wait_and_the_form_is_told_how_long_but_the_owner_elsewhere_signs_in()
            throws Exception {
        String attacker = freshAddress();
        for (int i = 0; i < 3; i++) {
            assertThat(signIn(ana, "guess " + i, attacker).getResponse().getRedirectedUrl()).endsWith("?error");
        }

        MvcResult refused = signIn(ana, PASSWORD, attacker);

        assertThat(refused.getResponse().getRedirectedUrl()).endsWith("/login?throttled=1");
        assertThat(refused.getRequest().getSession(false) == null
                || refused.getRequest().getSession(false).getAttribute("SPRING_SECURITY_CONTEXT") == null).isTrue();
        assertThat(auditOf(ana).getFirst().action()).isEqualTo("login.throttled");
        assertThat(signIn(ana, PASSWORD, freshAddress()).getResponse().getRedirectedUrl()).endsWith("/staff");
    }

    @Test
    void an_address_guessing_many_accounts_waits_for_every_account_from_there_only() throws Exception {
        String address = freshAddress();
        for (int i = 0; i < 9; i++) {
            signIn("nobody-" + suffix + "-" + i, "guess", address);
        }

        assertThat(signIn(ana, PASSWORD, address).getResponse().getRedirectedUrl()).contains("/login?throttled=");
        assertThat(signIn(ana, PASSWORD, freshAddress()).getResponse().getRedirectedUrl()).endsWith("/staff");
    }

    @Test
    void a_disabled_user_cannot_sign_in_and_is_told_no_more_than_anyone() throws Exception {
        users.update(users.find(ana).orElseThrow().withEnabled(false));

        assertThat(signIn(ana, PASSWORD, freshAddress()).getResponse().getRedirectedUrl()).endsWith("/login?error");
        assertThat(auditOf(ana).getFirst().detail()).startsWith("account disabled");
    }

    @Test
    void a_user_disabled_while_signed_in_is_signed_out_at_the_next_request() throws Exception {
        MockHttpSession session = (MockHttpSession) signIn(ana, PASSWORD, freshAddress()).getRequest().getSession(false);
        mvc.perform(get("/account").session(session)).andReturn();
        assertThat(session.isInvalid()).isFalse();

        users.update(users.find(ana).orElseThrow().withEnabled(false));
        mvc.perform(get("/account").session(session)).andReturn();

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void roles_changed_while_signed_in_apply_at_the_next_request() throws Exception {
        MockHttpSession session = (MockHttpSession) signIn(ana, PASSWORD, freshAddress()).getRequest().getSession(false);

        users.update(users.find(ana).orElseThrow().withRoles(Set.of(Role.EDITOR, Role.ADMIN)));
        mvc.perform(get("/account").session(session)).andReturn();

        SecurityContext context = (SecurityContext) session.getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(context.getAuthentication().getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_ADMIN", "ROLE_EDITOR", "FACTOR_PASSWORD");
    }

    @Test
    void signing_out_goes_back_to_the_readers_home_and_is_audited() throws Exception {
        MvcResult signedIn = signIn(ana, PASSWORD, freshAddress());
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);

        MvcResult signedOut = mvc.perform(post("/logout").session(session).with(csrf())).andReturn();

        assertThat(signedOut.getResponse().getRedirectedUrl()).isIn("/", "http://localhost/");
        assertThat(session.isInvalid()).isTrue();
        assertThat(auditOf(ana).getFirst().action()).isEqualTo("logout");
    }
}
