package dev.waymark.account;

import dev.waymark.audit.Auditor;
import java.security.SecureRandom;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On a start with no user at all, creates {@code admin} (ADMIN and EDITOR) so someone can sign in: with the
 * password from {@code waymark.admin-password} ({@code WAYMARK_ADMIN_PASSWORD}), which is never logged, or
 * else with a generated one that is logged once, in a banner, and never again.
 */
@Component
public class FirstAdmin implements ApplicationRunner {

    public static final String USERNAME = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);
    /** No look-alike characters (0/O, 1/l/I), so the password can be typed from the log. */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 24;

    private final Users users;
    private final PasswordEncoder encoder;
    private final Auditor auditor;
    private final String configuredPassword;
    private final SecureRandom random = new SecureRandom();

    FirstAdmin(Users users, PasswordEncoder encoder, Auditor auditor,
               @Value("${waymark.admin-password:}") String configuredPassword) {
        this.users = users;
        this.encoder = encoder;
        this.auditor = auditor;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        createIfNoUsers();
    }

    /**
     * Creates the first admin when no user exists.
     *
     * @return whether it was created
     * @throws IllegalStateException when the configured password breaks the {@link PasswordPolicy}
     */
    public boolean createIfNoUsers() {
        if (users.count() > 0) {
            return false;
        }
        boolean generated = configuredPassword.isEmpty();
        String password = generated ? generate() : configuredPassword;
        if (!generated) {
            try {
                PasswordPolicy.check(password);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("WAYMARK_ADMIN_PASSWORD (waymark.admin-password) cannot be used for the "
                        + "first admin: " + e.getMessage());
            }
        }
        try {
            users.add(new User(USERNAME, "Administrator", Set.of(Role.ADMIN, Role.EDITOR), encoder.encode(password), true));
        } catch (UsernameTakenException e) {
            // Another instance starting at the same moment created it; its log has the password.
            return false;
        }
        auditor.record(Auditor.SYSTEM, AuditActions.FIRST_ADMIN, USERNAME,
                generated ? "generated password, shown once in the log" : "password from waymark.admin-password");
        if (generated) {
            LOG.warn("""

                    ================================================================================
                      Waymark created the first admin account. Its password is shown only this once.

                        username: {}
                        password: {}

                      Sign in at /login and change it at /account. To choose it yourself, set
                      WAYMARK_ADMIN_PASSWORD before the first start instead.
                    ================================================================================""",
                    USERNAME, password);
        } else {
            LOG.info("Created the first admin account '{}' with the password from WAYMARK_ADMIN_PASSWORD", USERNAME);
        }
        return true;
    }

    private String generate() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
