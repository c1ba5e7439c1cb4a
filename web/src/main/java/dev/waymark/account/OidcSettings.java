package dev.waymark.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on with an OpenID Connect provider ({@code waymark.oidc.*}), off while {@code issuer} is empty. Members of
 * {@code editor-group} become editors, of {@code admin-group} admins, read from the ID token's (or user info's)
 * {@code groups-claim}; someone in neither is refused.
 */
@ConfigurationProperties("waymark.oidc")
public record OidcSettings(@DefaultValue("") String issuer, @DefaultValue("") String clientId,
                           @DefaultValue("") String clientSecret, @DefaultValue("groups") String groupsClaim,
                           @DefaultValue("waymark-editors") String editorGroup,
                           @DefaultValue("waymark-admins") String adminGroup) {

    /** The registration id, in {@code /oauth2/authorization/oidc} and {@code /login/oauth2/code/oidc}. */
    public static final String REGISTRATION = "oidc";
    /** Where the sign-in button leads. */
    public static final String SIGN_IN_PATH = "/oauth2/authorization/" + REGISTRATION;

    public boolean enabled() {
        return !issuer.isBlank();
    }
}
