package dev.waymark.account;

import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** The access rules of requests that may carry an API token, for the security configuration. */
public final class ApiTokenAccess {

    private ApiTokenAccess() {
    }

    /** An editor or admin calling with a token that has {@code scope}. */
    public static AuthorizationManager<RequestAuthorizationContext> editorWith(TokenScope scope) {
        return (authentication, context) -> new AuthorizationDecision(
                hasRole(authentication, "ROLE_EDITOR", "ROLE_ADMIN")
                        && authentication.get() instanceof ApiTokenAuthentication token && token.has(scope));
    }

    /** An admin: signed in with a session or a password, or calling with a token that has the admin scope. */
    public static AuthorizationManager<RequestAuthorizationContext> admin() {
        return (authentication, context) -> new AuthorizationDecision(hasRole(authentication, "ROLE_ADMIN")
                && (!(authentication.get() instanceof ApiTokenAuthentication token) || token.has(TokenScope.ADMIN)));
    }

    private static boolean hasRole(Supplier<? extends Authentication> authentication, String... roles) {
        Authentication current = authentication.get();
        if (current == null || !current.isAuthenticated()) {
            return false;
        }
        return current.getAuthorities().stream().anyMatch(authority -> {
            for (String role : roles) {
                if (role.equals(authority.getAuthority())) {
                    return true;
                }
            }
            return false;
        });
    }
}
