package dev.waymark.account;

import dev.waymark.account.AccountInputException.Field;
import dev.waymark.audit.Auditor;
import dev.waymark.base.Check;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: admins list, create, disable and enable users and change their roles; every signed-in user
 * changes their own password. Every change is audited. The checks here are the security boundary, not the
 * views.
 */
@Service
@Transactional
public class AccountService {

    /** The most users one page may ask for. */
    public static final int MAX_PAGE = 500;

    private final Users users;
    private final PasswordEncoder encoder;
    private final Auditor auditor;
    private final LoginThrottle throttle;

    AccountService(Users users, PasswordEncoder encoder, Auditor auditor, LoginThrottle throttle) {
        this.users = users;
        this.encoder = encoder;
        this.auditor = auditor;
        this.throttle = throttle;
    }

    /** Users by username. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserSummary> listUsers(int offset, int limit) {
        Check.that(offset >= 0, "offset must not be negative (was " + offset + ")");
        Check.that(limit >= 0 && limit <= MAX_PAGE, "limit must be 0 to " + MAX_PAGE + " (was " + limit + ")");
        return users.list(offset, limit).stream().map(UserSummary::of).toList();
    }

    /** How many users exist. Admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long countUsers() {
        return users.count();
    }

    /**
     * Creates an enabled user with an initial password the admin passes on. Admins only.
     *
     * @throws AccountInputException naming the field that breaks a rule, or a taken username; nothing is written
     */
    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary createUser(NewUser request) {
        Check.present(request, "new user");
        String username = field(Field.USERNAME, () -> User.checkUsername(nullToEmpty(request.username())));
        String displayName = field(Field.DISPLAY_NAME, () -> User.checkDisplayName(nullToEmpty(request.displayName())));
        Set<Role> roles = field(Field.ROLES, () -> User.checkRoles(request.roles() == null ? Set.of() : request.roles()));
        String password = field(Field.PASSWORD, () -> PasswordPolicy.check(nullToEmpty(request.password())));
        User created;
        try {
            created = users.add(new User(username, displayName, roles, encoder.encode(password), true));
        } catch (UsernameTakenException e) {
            throw new AccountInputException(Field.USERNAME, e.getMessage());
        }
        auditor.record(me(), AuditActions.USER_CREATE, username, "roles " + created.sortedRoles());
        return UserSummary.of(created);
    }

    /**
     * Disables a user: they can no longer sign in. Admins only; nobody disables themselves.
     *
     * @throws IllegalArgumentException for an unknown user or one's own account
     */
    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary disable(String username) {
        User user = existing(username);
        Check.that(!user.username().equals(me()), "you cannot disable your own account");
        if (!user.enabled()) {
            return UserSummary.of(user);
        }
        User saved = users.update(user.withEnabled(false));
        auditor.record(me(), AuditActions.USER_DISABLE, saved.username(), "");
        return UserSummary.of(saved);
    }

    /** Enables a disabled user again. Admins only. Throws for an unknown user. */
    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary enable(String username) {
        User user = existing(username);
        if (user.enabled()) {
            return UserSummary.of(user);
        }
        User saved = users.update(user.withEnabled(true));
        auditor.record(me(), AuditActions.USER_ENABLE, saved.username(), "");
        return UserSummary.of(saved);
    }

    /**
     * Gives a user exactly these roles. Admins only. An admin may give up their own ADMIN role only while
     * another enabled admin remains.
     *
     * @param version the version the admin saw, so a colleague's change in between is not overwritten
     * @throws AccountInputException for no role
     * @throws StaleUserException when someone else changed the user since {@code version}; nothing is written
     */
    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary changeRoles(String username, Set<Role> roles, long version) {
        User user = existing(username);
        Set<Role> wanted = field(Field.ROLES, () -> User.checkRoles(roles == null ? Set.of() : roles));
        if (user.version() != version) {
            throw new StaleUserException(user.username(), version);
        }
        if (user.username().equals(me()) && user.isAdmin() && !wanted.contains(Role.ADMIN)) {
            Check.that(users.countEnabledAdmins() > 1,
                    "you are the last admin: make someone else an admin before giving up the role");
        }
        Set<Role> before = user.sortedRoles();
        if (before.equals(EnumSet.copyOf(wanted))) {
            return UserSummary.of(user);
        }
        User saved = users.update(user.withRoles(wanted));
        auditor.record(me(), AuditActions.USER_ROLES, saved.username(), before + " to " + saved.sortedRoles());
        return UserSummary.of(saved);
    }

    /** The signed-in user's own account. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public UserSummary currentUser() {
        return UserSummary.of(existing(me()));
    }

    /**
     * Changes the signed-in user's own password after checking the current one. Wrong current passwords count
     * as failed sign-ins for the login throttle.
     *
     * @throws AccountInputException when the current password is wrong or the new one breaks the policy
     * @throws LoginThrottledException after too many wrong current passwords
     */
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        User user = existing(me());
        throttle.waitFor(user.username(), null).ifPresent(wait -> {
            throw new LoginThrottledException(wait);
        });
        if (currentPassword == null || !encoder.matches(currentPassword, user.passwordHash())) {
            throttle.failed(user.username(), null);
            auditor.record(user.username(), AuditActions.USER_PASSWORD_FAILED, user.username(), "wrong current password");
            throw new AccountInputException(Field.CURRENT_PASSWORD, "the current password is not right");
        }
        String checked = field(Field.PASSWORD, () -> PasswordPolicy.check(nullToEmpty(newPassword)));
        if (checked.equals(currentPassword)) {
            throw new AccountInputException(Field.PASSWORD, "the new password must differ from the current one");
        }
        users.update(user.withPasswordHash(encoder.encode(checked)));
        auditor.record(user.username(), AuditActions.USER_PASSWORD, user.username(), "");
    }

    private User existing(String username) {
        Check.notBlank(username, "username");
        return users.find(username.strip()).orElseThrow(() -> new IllegalArgumentException(
                "there is no user '" + username.strip() + "'"));
    }

    private static String me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication.getName() == null) {
            throw new IllegalStateException("nobody is signed in");
        }
        return authentication.getName();
    }

    private static <T> T field(Field field, Supplier<T> check) {
        try {
            return check.get();
        } catch (AccountInputException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new AccountInputException(field, e.getMessage());
        }
    }

    private static String nullToEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
