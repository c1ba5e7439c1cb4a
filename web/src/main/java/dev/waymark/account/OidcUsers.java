package dev.waymark.account;

import dev.waymark.audit.Auditor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Maps someone signed in at the OpenID Connect provider to a Waymark user: created at their first sign-in, given the
 * roles their groups grant at every sign-in (an admin's role changes in Waymark last until the next sign-in), refused
 * when in neither group or disabled in Waymark. The account is tied to the provider's issuer and subject, kept as
 * {@code {oidc}<SHA-256 of issuer and subject>} in place of a password hash: no password can sign in to it, and a
 * provider account cannot take over a local account of the same name. Everything is audited.
 */
public class OidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The marker of accounts that sign in through OpenID Connect, in place of a password hash. */
    public static final String HASH_PREFIX = "{oidc}";

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final Users users;
    private final Auditor auditor;
    private final OidcSettings settings;

    public OidcUsers(Users users, Auditor auditor, OidcSettings settings) {
        this(new OidcUserService(), users, auditor, settings);
    }

    OidcUsers(OAuth2UserService<OidcUserRequest, OidcUser> provider, Users users, Auditor auditor,
              OidcSettings settings) {
        this.provider = provider;
        this.users = users;
        this.auditor = auditor;
        this.settings = settings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser signedIn = provider.loadUser(request);
        String username = username(signedIn);
        Set<Role> roles = roles(signedIn.getClaimAsStringList(settings.groupsClaim()));
        String link = HASH_PREFIX + link(signedIn.getIssuer() == null ? "" : signedIn.getIssuer().toString(),
                signedIn.getSubject());
        if (roles.isEmpty()) {
            throw refused(username, "not in the group " + settings.editorGroup() + " or " + settings.adminGroup());
        }
        Optional<User> existing = users.find(username);
        User user;
        if (existing.isEmpty()) {
            user = users.add(new User(username, displayName(signedIn, username), roles, link, true));
            auditor.record(Auditor.SYSTEM, AuditActions.USER_CREATE, username,
                    "at the first OpenID Connect sign-in, roles " + user.sortedRoles());
        } else {
            user = existing.get();
            if (!user.passwordHash().equals(link)) {
                throw refused(username, "a Waymark account of that name exists and is not this provider account");
            }
            if (!user.enabled()) {
                throw refused(username, "the account is disabled");
            }
            if (!user.roles().equals(roles)) {
                Set<Role> before = user.sortedRoles();
                user = users.update(user.withRoles(roles));
                auditor.record(Auditor.SYSTEM, AuditActions.USER_ROLES, username,
                        before + " to " + user.sortedRoles() + " from the OpenID Connect groups");
            }
        }
        auditor.record(username, AuditActions.LOGIN_SUCCESS, username, "OpenID Connect");
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.sortedRoles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        return new WaymarkOidcUser(signedIn, username, authorities);
    }

    private OAuth2AuthenticationException refused(String username, String reason) {
        auditor.record(Auditor.ANONYMOUS, AuditActions.LOGIN_FAILED, username, "OpenID Connect: " + reason);
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", reason, null));
    }

    private Set<Role> roles(@Nullable Collection<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (groups != null) {
            if (groups.contains(settings.editorGroup())) {
                roles.add(Role.EDITOR);
            }
            if (groups.contains(settings.adminGroup())) {
                roles.add(Role.ADMIN);
            }
        }
        return roles;
    }

    /** The provider's preferred username (else the e-mail's local part, else the subject) made a valid username. */
    static String username(OidcUser signedIn) {
        String wanted = signedIn.getPreferredUsername();
        if (wanted == null || wanted.isBlank()) {
            wanted = signedIn.getEmail() == null ? signedIn.getSubject() : signedIn.getEmail().split("@")[0];
        }
        String cleaned = wanted.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-").replaceAll("^[^a-z0-9]+", "");
        if (cleaned.isEmpty()) {
            cleaned = "sso-" + link("", signedIn.getSubject()).substring(0, 12);
        }
        return cleaned.length() <= User.USERNAME_MAX_LENGTH ? cleaned : cleaned.substring(0, User.USERNAME_MAX_LENGTH);
    }

    private static String displayName(OidcUser signedIn, String username) {
        String name = signedIn.getFullName();
        String chosen = name == null || name.isBlank() ? username : name.strip();
        return chosen.length() <= User.DISPLAY_NAME_MAX_LENGTH ? chosen
                : chosen.substring(0, User.DISPLAY_NAME_MAX_LENGTH);
    }

    private static String link(String issuer, String subject) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((issuer + " " + subject).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
