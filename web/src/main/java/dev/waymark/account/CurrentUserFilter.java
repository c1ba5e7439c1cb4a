package dev.waymark.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes an admin's change reach sessions that are already signed in: on each request of a signed-in user, a
 * user who was disabled or removed is signed out, and changed roles replace the session's roles. Costs one
 * lookup by primary key per staff request; readers are not signed in and pay nothing. While the database does
 * not answer, sessions go on as they are.
 */
public class CurrentUserFilter extends OncePerRequestFilter {

    private final Users users;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    public CurrentUserFilter(Users users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication authentication = context.getAuthentication();
        if ((authentication instanceof UsernamePasswordAuthenticationToken
                || authentication instanceof OAuth2AuthenticationToken) && authentication.isAuthenticated()) {
            Authentication signedIn = authentication;
            Optional<User> user;
            try {
                user = users.find(signedIn.getName());
            } catch (DataAccessException unavailable) {
                // While the database is away nothing can be changed anyway, and an admin's change to this user
                // cannot have been stored: the session goes on as it is, so that the request can answer with a
                // clear "temporarily unavailable" (and an editor's form keeps its content) instead of failing here.
                chain.doFilter(request, response);
                return;
            }
            if (user.isEmpty() || !user.get().enabled()) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (!roles(signedIn).equals(roles(user.get()))) {
                // Other authorities (such as how the user proved who they are) stay as they were.
                List<GrantedAuthority> authorities = new ArrayList<>(signedIn.getAuthorities().stream()
                        .filter(authority -> !isRole(authority)).toList());
                authorities.addAll(AuthorityUtils.createAuthorityList(roles(user.get()).toArray(String[]::new)));
                AbstractAuthenticationToken updated = signedIn instanceof OAuth2AuthenticationToken single
                        ? new OAuth2AuthenticationToken(single.getPrincipal(), authorities,
                        single.getAuthorizedClientRegistrationId())
                        : UsernamePasswordAuthenticationToken.authenticated(signedIn.getPrincipal(), null, authorities);
                updated.setDetails(signedIn.getDetails());
                context.setAuthentication(updated);
                sessions.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private static Set<String> roles(Authentication authentication) {
        return authentication.getAuthorities().stream().filter(CurrentUserFilter::isRole)
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }

    private static boolean isRole(GrantedAuthority authority) {
        return authority.getAuthority() != null && authority.getAuthority().startsWith("ROLE_");
    }

    private static Set<String> roles(User user) {
        return user.roles().stream().map(role -> "ROLE_" + role.name()).collect(Collectors.toSet());
    }
}
