package dev.waymark.base;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import dev.waymark.account.AuditActions;
import dev.waymark.account.CurrentUserFilter;
import dev.waymark.account.LoginThrottledException;
import dev.waymark.account.MachineSignIn;
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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
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
 * against session fixation, and a CSRF token required, see {@link #securityFilterChain}) and land on {@code /staff}.
 * Services carry method security and are the real boundary: every public method says who may call it.
 * Actuator has its own chain: health (with liveness and readiness) is open, everything else (metrics,
 * Prometheus, info) needs ADMIN, by HTTP Basic (for a Prometheus scraper) or a signed-in admin's session.
 * The editors' API ({@code /api/editor/**}: import and export) has its own chain too: HTTP Basic only, no session,
 * and no request a browser makes for another site ({@link CrossSiteRequests}).
 * Every response carries the {@link SecurityHeaders}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

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
                                            Users users) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .authenticationManager(authenticationManager)
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
     * {@code /api/editor/**}: editors and admins, by HTTP Basic through the same authentication manager (so the same
     * sign-in throttle and audit) as the login form. Stateless: no session is created or read, so a browser's
     * signed-in cookie is worth nothing here. Basic credentials a browser has cached are, though: a browser sends
     * them with a form another site auto-submits. So {@link CrossSiteRequests} refuses, before anyone is signed in,
     * every request a browser marks as coming from another site or origin, and no endpoint here accepts a content
     * type a cross-site form can send (text/plain, form-urlencoded, multipart). Refusals are JSON, like every API
     * error.
     */
    @Bean
    @Order(2)
    SecurityFilterChain editorApiFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                             @Value("${waymark.base-url:}") String baseUrl) throws Exception {
        http.securityMatcher("/api/editor/**")
                .addFilterBefore(new CrossSiteRequests(baseUrl), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole("EDITOR", "ADMIN"))
                .authenticationManager(authenticationManager)
                .httpBasic(basic -> basic.realmName("Waymark")
                        .authenticationEntryPoint(ApiSecurityErrors.unauthorized("Waymark")))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ApiSecurityErrors.unauthorized("Waymark"))
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
                                            Auditor auditor, Users users, RequestUtil vaadinRequests) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // The whole API outside /api/editor/** (its own chain) is public, so that a wrong method or address gets the
                // API's own 404/405 rather than a redirect to the login page; its services say who may call them.
                .requestMatchers("/styles/**", "/api", "/api/**", "/guides/*/print", "/error").permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .ignoringRequestMatchers("/api/**"));
        // Caching is said by each response, and private, no-store where it says nothing (base.http.NoStoreByDefault).
        http.headers(headers -> headers.cacheControl(cache -> cache.disable()));
        http.authenticationManager(authenticationManager);
        // A user disabled or given other roles by an admin is affected at their next request, not their next sign-in.
        http.addFilterBefore(new CurrentUserFilter(users), AuthorizationFilter.class);
        // Naming the login page here (Vaadin's configurer names it again, later) keeps Spring's generated login page
        // off; the failure handler, set before Vaadin's configurer runs, is kept: the throttle gets its own message.
        http.formLogin(form -> form.loginPage("/" + LoginView.ROUTE).failureHandler(loginFailure()));
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
