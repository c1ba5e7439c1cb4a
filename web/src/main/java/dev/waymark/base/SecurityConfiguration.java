package dev.waymark.base;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;
import static dev.waymark.account.ApiTokenAccess.editorWith;

import dev.waymark.account.ApiTokenAccess;
import dev.waymark.account.ApiTokenAuthenticator;
import dev.waymark.account.ApiTokenFilter;
import dev.waymark.account.AuditActions;
import dev.waymark.account.CurrentUserFilter;
import dev.waymark.account.LoginThrottledException;
import dev.waymark.account.MachineSignIn;
import dev.waymark.account.OidcSettings;
import dev.waymark.account.OidcUsers;
import dev.waymark.account.TokenScope;
import dev.waymark.account.Users;
import dev.waymark.account.ui.LoginView;
import dev.waymark.account.ui.StaffHomeView;
import dev.waymark.audit.Auditor;
import dev.waymark.base.api.ApiSecurityErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import java.util.List;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Readers need no account: traveler views, the read-only API, sending a report and health are open.
 * Staff sign in at {@code /login} (Spring Security's form login, with the session id changed on sign-in
 * against session fixation, and CSRF protection as Vaadin configures it), or through an OpenID Connect provider when one
 * is configured, and land on {@code /staff}.
 * Services carry method security and are the real boundary: every public method says who may call it.
 * Actuator has its own chain: health (with liveness and readiness) is open, everything else (metrics,
 * Prometheus, info) needs ADMIN, by an admin's API token with the admin scope (for a Prometheus scraper), HTTP Basic
 * or a signed-in admin's session.
 * The editors' API ({@code /api/editor/**}: drafts, import and export) has its own chain too: API tokens only
 * ({@code Authorization: Bearer}), each endpoint needing its scope, no session.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /**
     * {@code /actuator/**}, before Vaadin's chain. HTTP Basic goes through the same authentication manager (and so
     * the same sign-in throttle) as the login form, and never creates a session: a scraper calling every 15 s would
     * otherwise leave a session behind each time, and its successful sign-ins are not audited (failed ones are). A
     * session an admin already has (signed in at /login) is used.
     */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                            Users users, ApiTokenAuthenticator tokens) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().access(ApiTokenAccess.admin()))
                .authenticationManager(authenticationManager)
                .addFilterBefore(new ApiTokenFilter(tokens, ApiSecurityErrors.unauthorizedBearer("Waymark")),
                        BasicAuthenticationFilter.class)
                .addFilterBefore(new CurrentUserFilter(users), AuthorizationFilter.class)
                .httpBasic(basic -> basic.realmName("Waymark").authenticationDetailsSource(MachineSignIn.details()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                // Read-only GET endpoints; no form posts here.
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    /**
     * {@code /api/editor/**}: editors and admins, by personal API token only ({@code Authorization: Bearer}); each
     * endpoint needs its token scope, and one not named here is refused. No passwords: a script holds a token that
     * can do one job, expires and can be revoked, instead of a person's password. Stateless: no session is created or
     * read, so a browser's signed-in cookie is worth nothing here, and that is why CSRF protection can be off for this
     * chain only. Refusals are JSON, like every API error.
     */
    @Bean
    @Order(2)
    SecurityFilterChain editorApiFilterChain(HttpSecurity http, ApiTokenAuthenticator tokens) throws Exception {
        http.securityMatcher("/api/editor/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/editor/guides").access(editorWith(TokenScope.READ_DRAFTS))
                        .requestMatchers(HttpMethod.GET, "/api/editor/guides/export", "/api/editor/guides/*/export")
                        .access(editorWith(TokenScope.EXPORT))
                        .requestMatchers(HttpMethod.POST, "/api/editor/guides/import", "/api/editor/import/markdown")
                        .access(editorWith(TokenScope.IMPORT))
                        .anyRequest().denyAll())
                .addFilterBefore(new ApiTokenFilter(tokens, ApiSecurityErrors.unauthorizedBearer("Waymark")),
                        BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ApiSecurityErrors.unauthorizedBearer("Waymark"))
                        .accessDeniedHandler(ApiSecurityErrors.forbidden()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                            Auditor auditor, Users users, OidcSettings oidc,
                                            ObjectProvider<ClientRegistrationRepository> providers) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/api/guides", "/api/guides/**", "/api/search", "/guides/*/print",
                        "/error").permitAll()
                // The API's OpenAPI description and its Swagger UI.
                .requestMatchers(HttpMethod.GET, "/api/openapi.json", "/api/openapi.json/**", "/api/docs",
                        "/api/docs/**", "/api/swagger-ui/**").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/reports").permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        OidcUsers oidcUsers = new OidcUsers(users, auditor, oidc);
        // With single sign-on, the provider's code is traded for tokens first; passwords go on to the usual manager.
        http.authenticationManager(providers.getIfAvailable() == null ? authenticationManager
                : new ProviderManager(List.of(new OidcAuthorizationCodeAuthenticationProvider(
                        new RestClientAuthorizationCodeTokenResponseClient(), oidcUsers)), authenticationManager));
        // A user disabled or given other roles by an admin is affected at their next request, not their next sign-in.
        http.addFilterBefore(new CurrentUserFilter(users), AuthorizationFilter.class);
        // Naming the login page here (Vaadin's configurer names it again, later) keeps Spring's generated login page
        // off; the failure handler, set before Vaadin's configurer runs, is kept: the throttle gets its own message.
        http.formLogin(form -> form.loginPage("/" + LoginView.ROUTE).failureHandler(loginFailure()));
        // Single sign-on beside the password form, when an OpenID Connect provider is configured.
        if (providers.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/" + LoginView.ROUTE)
                    .userInfoEndpoint(info -> info.oidcUserService(oidcUsers))
                    .defaultSuccessUrl("/" + StaffHomeView.ROUTE, true)
                    .failureHandler((request, response, exception) -> {
                        // The reason stays in the log (and, for refusals, in the audit); the page only says it failed.
                        log.warn("Single sign-on failed: {}", exception.getMessage());
                        response.sendRedirect(request.getContextPath() + "/" + LoginView.ROUTE + "?" + LoginView.SSO_ERROR);
                    }));
        }
        return http.with(vaadin(), vaadin -> vaadin
                .loginView(LoginView.class, "/")
                .defaultSuccessUrl("/" + StaffHomeView.ROUTE)
                .addLogoutHandler((request, response, authentication) -> {
                    if (authentication != null) {
                        auditor.record(authentication.getName(), AuditActions.LOGOUT, authentication.getName(), "");
                    }
                })).build();
    }

    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, exception) -> {
            String query = exception instanceof LoginThrottledException throttled
                    ? LoginView.THROTTLED + "=" + LoginThrottledException.minutes(throttled.retryAfter())
                    : "error";
            response.sendRedirect(request.getContextPath() + "/" + LoginView.ROUTE + "?" + query);
        };
    }
}
