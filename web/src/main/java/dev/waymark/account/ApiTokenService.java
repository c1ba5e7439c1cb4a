package dev.waymark.account;

import dev.waymark.audit.Auditor;
import dev.waymark.base.Check;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors' and admins' personal API tokens: create (the text is shown once), list and revoke their own. Only admins
 * may give a token the {@link TokenScope#ADMIN} scope. Creating and revoking are audited.
 */
@Service
@Transactional
public class ApiTokenService {

    private static final String STAFF = "hasAnyRole('EDITOR', 'ADMIN')";

    private final ApiTokens tokens;
    private final Users users;
    private final Auditor auditor;
    private final Clock clock;

    ApiTokenService(ApiTokens tokens, Users users, Auditor auditor, ObjectProvider<Clock> clock) {
        this.tokens = tokens;
        this.users = users;
        this.auditor = auditor;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Creates a token for the signed-in user, valid for {@code validity} from now. Editors and admins.
     *
     * @return the token with its text, which is never available again
     * @throws IllegalArgumentException when the name is blank or too long, there is no scope, or the validity is not
     *                                  between a minute and {@link ApiToken#MAX_VALIDITY}
     * @throws AccessDeniedException    when an editor who is not an admin asks for the admin scope
     */
    @PreAuthorize(STAFF)
    public NewApiToken create(@Nullable String name, @Nullable Set<TokenScope> scopes, @Nullable Duration validity) {
        String checkedName = ApiToken.checkName(name);
        Set<TokenScope> checkedScopes = ApiToken.checkScopes(scopes);
        Check.present(validity, "validity");
        Check.that(validity.compareTo(Duration.ofMinutes(1)) >= 0 && validity.compareTo(ApiToken.MAX_VALIDITY) <= 0,
                "a token is valid for a minute to 366 days");
        User me = users.find(me()).orElseThrow(() -> new AccessDeniedException("no such user"));
        if (checkedScopes.contains(TokenScope.ADMIN) && !me.isAdmin()) {
            throw new AccessDeniedException("only admins may give a token the admin scope");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String secret = ApiTokenSecrets.newSecret();
        ApiToken token = new ApiToken(ApiTokenId.random(), me.username(), checkedName, checkedScopes,
                ApiTokenSecrets.hash(secret), now, now.plus(validity), null, null);
        tokens.add(token);
        auditor.record(me.username(), AuditActions.TOKEN_CREATE, me.username(),
                "token " + token.id() + " '" + checkedName + "', scopes " + scopeKeys(token) + ", expires "
                        + token.expiresAt());
        return new NewApiToken(ApiTokenSummary.of(token, now), secret);
    }

    /** The signed-in user's tokens, newest first, revoked and expired ones included. Editors and admins. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> mine() {
        Instant now = clock.instant();
        return tokens.listFor(me()).stream().map(token -> ApiTokenSummary.of(token, now)).toList();
    }

    /**
     * Revokes one of the signed-in user's tokens (admins may revoke anyone's); it is refused from the next call on.
     * Revoking a revoked token changes nothing. Editors and admins.
     *
     * @throws AccessDeniedException when the token does not exist or is someone else's and the caller is no admin
     */
    @PreAuthorize(STAFF)
    public void revoke(ApiTokenId id) {
        Check.present(id, "token id");
        String me = me();
        ApiToken token = tokens.find(id).filter(found -> found.username().equals(me) || isAdmin())
                .orElseThrow(() -> new AccessDeniedException("no such token of yours"));
        if (tokens.revoke(id, clock.instant())) {
            auditor.record(me, AuditActions.TOKEN_REVOKE, token.username(), "token " + id + " '" + token.name() + "'");
        }
    }

    private static String scopeKeys(ApiToken token) {
        return token.sortedScopes().stream().map(TokenScope::key).collect(Collectors.joining(" "));
    }

    private static String me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication.getName() == null) {
            throw new AccessDeniedException("nobody is signed in");
        }
        return authentication.getName();
    }

    private static boolean isAdmin() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
    }
}
