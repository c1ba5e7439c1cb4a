package dev.waymark.account;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A call signed with an API token: the owner's name, the owner's current roles ({@code ROLE_...}) and the token's
 * scopes ({@code SCOPE_...}). Lives for one request; never stored in a session.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String username;
    private final ApiTokenId tokenId;
    private final Set<TokenScope> scopes;

    ApiTokenAuthentication(String username, ApiTokenId tokenId, Set<TokenScope> scopes, Set<Role> roles) {
        super(authorities(scopes, roles));
        this.username = username;
        this.tokenId = tokenId;
        this.scopes = Set.copyOf(scopes);
        setAuthenticated(true);
    }

    private static Collection<GrantedAuthority> authorities(Set<TokenScope> scopes, Set<Role> roles) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        scopes.forEach(scope -> authorities.add(new SimpleGrantedAuthority(scope.authority())));
        return authorities;
    }

    public ApiTokenId tokenId() {
        return tokenId;
    }

    public boolean has(TokenScope scope) {
        return scopes.contains(scope);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    @Override
    public String getName() {
        return username;
    }
}
