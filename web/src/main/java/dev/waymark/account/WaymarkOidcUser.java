package dev.waymark.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Someone signed in through OpenID Connect, as Waymark knows them: named by their Waymark username (so services and the
 * audit see the same name as for a password sign-in), with their Waymark roles.
 */
final class WaymarkOidcUser implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcUser signedIn;
    private final String username;
    private final List<GrantedAuthority> authorities;

    WaymarkOidcUser(OidcUser signedIn, String username, List<GrantedAuthority> authorities) {
        this.signedIn = signedIn;
        this.username = username;
        this.authorities = List.copyOf(authorities);
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public Map<String, Object> getClaims() {
        return signedIn.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return signedIn.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return signedIn.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return signedIn.getAttributes();
    }
}
