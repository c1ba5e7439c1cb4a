package dev.waymark.base;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who calls a service in a permission matrix: nobody signed in, an anonymous visitor, an editor, or an admin with
 * only the admin role. Signs them in on the current thread, for tests that call services directly.
 */
public enum TestCaller {
    NOBODY, ANONYMOUS, EDITOR, ADMIN;

    /** True for the editors and admins. */
    public boolean isStaff() {
        return this == EDITOR || this == ADMIN;
    }

    /** Signs this caller in on the current thread; {@code name} is the username of an editor or admin. */
    public void signIn(String name) {
        SecurityContextHolder.clearContext();
        switch (this) {
            case NOBODY -> {
            }
            case ANONYMOUS -> SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken(
                    "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
            case EDITOR -> signIn(name, "ROLE_EDITOR");
            case ADMIN -> signIn(name, "ROLE_ADMIN");
        }
    }

    /** Signs {@code name} in on the current thread with exactly these authorities ({@code ROLE_EDITOR}, ...). */
    public static void signIn(String name, String... authorities) {
        SecurityContextHolder.clearContext();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name,
                null, AuthorityUtils.createAuthorityList(authorities)));
    }
}
