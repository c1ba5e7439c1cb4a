package dev.waymark.account;

/** The audit actions of accounts; filtering by {@code login} finds every sign-in action. */
public final class AuditActions {

    public static final String LOGIN_SUCCESS = "login.success";
    public static final String LOGIN_FAILED = "login.failed";
    public static final String LOGIN_THROTTLED = "login.throttled";
    public static final String LOGOUT = "logout";
    public static final String USER_CREATE = "user.create";
    public static final String USER_DISABLE = "user.disable";
    public static final String USER_ENABLE = "user.enable";
    public static final String USER_ROLES = "user.roles";
    public static final String USER_PASSWORD = "user.password";
    public static final String USER_PASSWORD_FAILED = "user.password.failed";
    public static final String FIRST_ADMIN = "user.first-admin";
    public static final String TOKEN_CREATE = "token.create";
    public static final String TOKEN_REVOKE = "token.revoke";

    private AuditActions() {
    }
}
