package dev.waymark.base;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;
import static dev.waymark.account.ApiTokenAccess.editorWith;

import com.vaadin.flow.spring.security.RequestUtil;
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
import dev.waymark.base.api.CrossSiteRequests;
import dev.waymark.base.api.StorableParameters;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import java.util.List;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Readers need no account: traveler views, the read-only API, sending a report and health are open.
 * Staff sign in at {@code /login} (Spring Security's form login, with the session id changed on sign-in
 * against session fixation, and a CSRF token required, see {@link #securityFilterChain}), or through an OpenID Connect
 * provider when one is configured, and land on {@code /staff}.
 * Services carry method security and are the real boundary: every public method says who may call it.
 * Actuator has its own chain: health (with liveness and readiness) is open, everything else (metrics,
 * Prometheus, info) needs ADMIN, by an admin's API token with the admin scope (for a Prometheus scraper), HTTP Basic
 * or a signed-in admin's session.
 * The editors' API ({@code /api/editor/**}: drafts, import, export and the operator registry) has its own chain too: API tokens only
 * ({@code Authorization: Bearer}), each endpoint needing its token scope, no session, and no request a browser makes
 * for another site ({@link CrossSiteRequests}).
 * Published reads have a stateless chain of their own, first. Every response carries the {@link SecurityHeaders}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /**
     * Published reads ({@code GET} or {@code HEAD} of a guide's print page, the guides API and search), first: open to
     * everyone, the same for everyone, stateless (no session read or created, so nothing a cache must not share),
     * and with none of the sign-in machinery the other chains run for every request, which cost more than serving
     * the kept page itself. Other methods on these paths fall through to the chains below.
     */
    @Bean
    @Order(0)
    SecurityFilterChain publishedReadsFilterChain(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher reads = new OrRequestMatcher(
                // The home page ("/" is forwarded there by guide.read.HomeRoute, but for Vaadin's own requests).
                paths.matcher(HttpMethod.GET, "/home"), paths.matcher(HttpMethod.HEAD, "/home"),
                paths.matcher(HttpMethod.GET, "/search"), paths.matcher(HttpMethod.HEAD, "/search"),
                paths.matcher(HttpMethod.GET, "/guides/*"), paths.matcher(HttpMethod.HEAD, "/guides/*"),
                paths.matcher(HttpMethod.GET, "/assets/**"), paths.matcher(HttpMethod.HEAD, "/assets/**"),
                paths.matcher(HttpMethod.GET, "/sw.js"), paths.matcher(HttpMethod.GET, "/manifest.webmanifest"),
                paths.matcher(HttpMethod.GET, "/favicon.ico"),
                // Pictures' served files (picture.api.PictureFiles): the same bytes for everyone, cached for a year.
                paths.matcher(HttpMethod.GET, "/pictures/*"), paths.matcher(HttpMethod.HEAD, "/pictures/*"),
                paths.matcher(HttpMethod.GET, "/api/guides/*/revision"),
                paths.matcher(HttpMethod.GET, "/guides/*/print"), paths.matcher(HttpMethod.HEAD, "/guides/*/print"),
                paths.matcher(HttpMethod.GET, "/api/guides"), paths.matcher(HttpMethod.HEAD, "/api/guides"),
                paths.matcher(HttpMethod.GET, "/api/guides/*"), paths.matcher(HttpMethod.HEAD, "/api/guides/*"),
                paths.matcher(HttpMethod.GET, "/api/search"), paths.matcher(HttpMethod.HEAD, "/api/search"));
        http.securityMatcher(reads)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.cacheControl(cache -> cache.disable()));
        return http.build();
    }

    /**
     * {@code /actuator/**}, before Vaadin's chain. HTTP Basic goes through the same authentication manager (and so
     * the same sign-in throttle) as the login form, and never creates a session: a scraper calling every 15 s would
     * otherwise leave a session behind each time, and its successful sign-ins are not audited (failed ones are). A
     * session an admin already has (signed in at /login) is used. While the throttle makes a caller wait, the answer is
     * 429 with Retry-After rather than another 401 challenge.
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
                .httpBasic(basic -> basic.realmName("Waymark").authenticationDetailsSource(MachineSignIn.details())
                        .authenticationEntryPoint(ApiSecurityErrors.throttledOr(basicChallenge())))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                // Read-only GET endpoints; no form posts here.
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.cacheControl(cache -> cache.disable()));
        return http.build();
    }

    /**
     * {@code /api/editor/**}: editors and admins, by personal API token only ({@code Authorization: Bearer}); each
     * endpoint needs its token scope, and one not named here is refused. No passwords: a script holds a token that
     * can do one job, expires and can be revoked, instead of a person's password. Stateless: no session is created or
     * read, so a browser's signed-in cookie is worth nothing here, and a form on another site cannot send the
     * {@code Authorization} header; besides, {@link CrossSiteRequests} refuses every request a browser marks as coming
     * from another site or origin, and no endpoint here accepts a content type a cross-site form can send. Refusals
     * are JSON, like every API error.
     */
    @Bean
    @Order(2)
    SecurityFilterChain editorApiFilterChain(HttpSecurity http, ApiTokenAuthenticator tokens,
                                             @Value("${waymark.base-url:}") String baseUrl) throws Exception {
        http.securityMatcher("/api/editor/**")
                .addFilterBefore(new CrossSiteRequests(baseUrl), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/editor/guides").access(editorWith(TokenScope.READ_DRAFTS))
                        .requestMatchers(HttpMethod.GET, "/api/editor/guides/export", "/api/editor/guides/*/export")
                        .access(editorWith(TokenScope.EXPORT))
                        .requestMatchers(HttpMethod.POST, "/api/editor/guides/import", "/api/editor/import/markdown")
                        .access(editorWith(TokenScope.IMPORT))
                        .requestMatchers(HttpMethod.POST, "/api/editor/pictures").access(editorWith(TokenScope.IMPORT))
                        .requestMatchers(HttpMethod.POST, "/api/editor/operators").access(editorWith(TokenScope.OPERATORS))
                        .requestMatchers(HttpMethod.PUT, "/api/editor/operators/*").access(editorWith(TokenScope.OPERATORS))
                        .requestMatchers(HttpMethod.GET, "/api/editor/operators/*/revisions")
                        .access(editorWith(TokenScope.OPERATORS))
                        .anyRequest().denyAll())
                .addFilterBefore(new ApiTokenFilter(tokens, ApiSecurityErrors.unauthorizedBearer("Waymark")),
                        BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ApiSecurityErrors.unauthorizedBearer("Waymark"))
                        .accessDeniedHandler(ApiSecurityErrors.forbidden()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.cacheControl(cache -> cache.disable()));
        return http.build();
    }

    /**
     * Everything else: Vaadin's views (Vaadin's configurer), the public API, the print page and the login form.
     * Vaadin's configurer would exempt the login form's POST from CSRF protection, which lets another site sign a
     * browser in to an account of the attacker's (login CSRF). Its CSRF configuration is therefore off and done here:
     * Vaadin's own requests (which carry Vaadin's own token) and the JSON API (stateless or anonymous, JSON only) are
     * exempt; the login form posts the token Vaadin puts into the page ({@code <meta name="_csrf">}), as
     * {@code vaadin-login-form} does by itself.
     */
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                            Auditor auditor, Users users, RequestUtil vaadinRequests, OidcSettings oidc,
                                            ObjectProvider<ClientRegistrationRepository> providers) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // The whole API outside /api/editor/** (its own chain) is public, so that a wrong method or address gets the
                // API's own 404/405 rather than a redirect to the login page; its services say who may call them. That
                // includes the API's OpenAPI description (/api/openapi.json) and its Swagger UI (/api/docs).
                .requestMatchers("/styles/**", "/api", "/api/**", "/guides/*/print", "/error").permitAll()
                // Picture uploads from the editors' pages (picture.api.PictureUploads): the session and its CSRF token.
                .requestMatchers(HttpMethod.POST, "/editor/pictures").hasAnyRole("EDITOR", "ADMIN"));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .ignoringRequestMatchers("/api/**"));
        // Caching is said by each response, and private, no-store where it says nothing (base.http.NoStoreByDefault).
        http.headers(headers -> headers.cacheControl(cache -> cache.disable()));
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
                .enableCsrfConfiguration(false)
                .loginView(LoginView.class, "/")
                .defaultSuccessUrl("/" + StaffHomeView.ROUTE)
                .addLogoutHandler((request, response, authentication) -> {
                    if (authentication != null) {
                        auditor.record(authentication.getName(), AuditActions.LOGOUT, authentication.getName(), "");
                    }
                })).build();
    }

    /** Security headers on every response, before Spring Security and Vaadin see the request. */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC,
                DispatcherType.FORWARD);
        return registration;
    }

    /** Query parameters of the API that PostgreSQL could not take are refused, naming the parameter. */
    @Bean
    FilterRegistrationBean<StorableParameters> storableParameters() {
        FilterRegistrationBean<StorableParameters> registration =
                new FilterRegistrationBean<>(new StorableParameters());
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** Tomcat's own error answers in the application's shapes, with the security headers. */
    @Bean
    static WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorPages() {
        return ContainerErrorPages.customizer();
    }

    /** Spring's own HTTP Basic challenge (401 with WWW-Authenticate), for Actuator's scrapers. */
    private static AuthenticationEntryPoint basicChallenge() {
        BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
        challenge.setRealmName("Waymark");
        challenge.afterPropertiesSet();
        return challenge;
    }

    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, exception) -> {
            String query = exception instanceof LoginThrottledException throttled
                    ? LoginView.THROTTLED + "=" + LoginThrottledException.seconds(throttled.retryAfter())
                    : "error";
            response.sendRedirect(request.getContextPath() + "/" + LoginView.ROUTE + "?" + query);
        };
    }
}
