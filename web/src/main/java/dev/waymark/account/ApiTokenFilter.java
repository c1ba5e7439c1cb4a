package dev.waymark.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a request carrying {@code Authorization: Bearer <API token>} for that request only (nothing goes into a
 * session). A bad, expired or revoked token is answered at once by {@code refused} (a 401); a request without a
 * bearer token passes untouched, for the chain's other ways in or its entry point. Not a bean, or Spring Boot would
 * put it in front of every request: the security configuration adds it to the chains that take tokens.
 */
public class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "bearer ";

    private final ApiTokenAuthenticator authenticator;
    private final AuthenticationEntryPoint refused;

    public ApiTokenFilter(ApiTokenAuthenticator authenticator, AuthenticationEntryPoint refused) {
        this.authenticator = authenticator;
        this.refused = refused;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        // Looked up on each call, not kept: the strategy may be replaced after this filter was made (tests do).
        SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
        try {
            ApiTokenAuthentication authentication = authenticator.authenticate(header.substring(BEARER.length()).strip());
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(authentication);
            contexts.setContext(context);
        } catch (BadCredentialsException e) {
            contexts.clearContext();
            refused.commence(request, response, e);
            return;
        }
        chain.doFilter(request, response);
    }
}
