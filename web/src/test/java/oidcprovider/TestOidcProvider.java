package oidcprovider;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ServerSocket;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Supplier;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A real OpenID Connect provider for tests: Spring Security's authorization server on a loopback port, in its own
 * small application context (its own Tomcat, no auto-configuration), with a login form, three people and a
 * {@code groups} claim in the ID token:
 * {@code ada} (group {@code waymark-editors}), {@code grace} ({@code waymark-admins}), {@code eve} (no group).
 * Everyone's password is {@link #PASSWORD}. It is reached as {@code localhost}, Waymark as {@code 127.0.0.1}, so that the
 * two session cookies do not overwrite each other in one client. It lives outside {@code dev.waymark} so that the
 * application's component scan does not pick up its configuration.
 */
public final class TestOidcProvider implements AutoCloseable {

    public static final String CLIENT_ID = "waymark";
    public static final String CLIENT_SECRET = "waymark-test-client-secret";
    public static final String PASSWORD = "provider password";
    public static final String EDITORS = "waymark-editors";
    public static final String ADMINS = "waymark-admins";

    private static final Set<String> REDIRECTS = new CopyOnWriteArraySet<>();
    /** The port of the provider being started (no placeholder support in its bare context). */
    private static volatile int startingPort;

    private final ConfigurableApplicationContext context;
    private final int port;

    private TestOidcProvider(ConfigurableApplicationContext context, int port) {
        this.context = context;
        this.port = port;
    }

    public static TestOidcProvider start() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        startingPort = port;
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Provider.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                // Nothing of Waymark's configuration: this is another application.
                .properties("spring.config.location=optional:classpath:/no-such-folder/", "provider.port=" + port,
                        "spring.main.register-shutdown-hook=false")
                .run();
        return new TestOidcProvider(context, port);
    }

    public String issuer() {
        return "http://localhost:" + port;
    }

    /** Lets the client redirect back to {@code uri} (Waymark's callback, on its random port). */
    public void allowRedirect(String uri) {
        REDIRECTS.add(uri);
    }

    @Override
    public void close() {
        context.close();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class Provider {

        @Bean
        TomcatServletWebServerFactory webServer() {
            return new TomcatServletWebServerFactory(startingPort);
        }

        @Bean
        DelegatingFilterProxyRegistrationBean securityFilter() {
            return new DelegatingFilterProxyRegistrationBean("springSecurityFilterChain");
        }

        /** What the filters do not answer is a 404. */
        @Bean
        ServletRegistrationBean<HttpServlet> notFound() {
            return new ServletRegistrationBean<>(new HttpServlet() {
                @Override
                protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
                    response.sendError(404);
                }
            }, "/");
        }

        @Bean
        SecurityFilterChain provider(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        /**
         * The filters and the authorization endpoint (which reads the static holder) must share one holder, and
         * Waymark's Vaadin replaces the static holder's strategy when it starts, after this provider: so the filters
         * here always go through whatever the static holder uses at the time of the request.
         */
        @Bean
        SecurityContextHolderStrategy securityContextHolderStrategy() {
            return new SecurityContextHolderStrategy() {
                @Override
                public void clearContext() {
                    SecurityContextHolder.getContextHolderStrategy().clearContext();
                }

                @Override
                public SecurityContext getContext() {
                    return SecurityContextHolder.getContextHolderStrategy().getContext();
                }

                @Override
                public Supplier<SecurityContext> getDeferredContext() {
                    return SecurityContextHolder.getContextHolderStrategy().getDeferredContext();
                }

                @Override
                public void setContext(SecurityContext context) {
                    SecurityContextHolder.getContextHolderStrategy().setContext(context);
                }

                @Override
                public void setDeferredContext(Supplier<SecurityContext> deferredContext) {
                    SecurityContextHolder.getContextHolderStrategy().setDeferredContext(deferredContext);
                }

                @Override
                public SecurityContext createEmptyContext() {
                    return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
                }
            };
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().issuer("http://localhost:" + startingPort).build();
        }

        @Bean
        UserDetailsService people() {
            return new InMemoryUserDetailsManager(
                    User.withUsername("ada").password("{noop}" + PASSWORD).authorities(EDITORS).build(),
                    User.withUsername("grace").password("{noop}" + PASSWORD).authorities(ADMINS).build(),
                    User.withUsername("eve").password("{noop}" + PASSWORD).authorities("reader").build());
        }

        @Bean
        RegisteredClientRepository clients() {
            // Waymark's callback port is only known once it runs: the registration is read at each request.
            return new RegisteredClientRepository() {
                @Override
                public void save(RegisteredClient registeredClient) {
                    // Called to re-encode the client secret after its first use; the test keeps the plain one.
                }

                @Override
                public RegisteredClient findById(String id) {
                    return CLIENT_ID.equals(id) ? client() : null;
                }

                @Override
                public RegisteredClient findByClientId(String clientId) {
                    return CLIENT_ID.equals(clientId) ? client() : null;
                }
            };
        }

        private static RegisteredClient client() {
            RegisteredClient.Builder client = RegisteredClient.withId(CLIENT_ID).clientId(CLIENT_ID)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build());
            client.redirectUri("http://127.0.0.1/unused");
            REDIRECTS.forEach(client::redirectUri);
            return client.build();
        }

        /** The groups and the username in the ID token, as Keycloak and Authentik put them there. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> groupsClaim() {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    List<String> groups = context.getPrincipal().getAuthorities().stream()
                            .map(GrantedAuthority::getAuthority)
                            .filter(authority -> authority.startsWith("waymark-")).toList();
                    context.getClaims().claim("groups", groups);
                    context.getClaims().claim("preferred_username", context.getPrincipal().getName());
                    context.getClaims().claim("name", "Test " + context.getPrincipal().getName());
                }
            };
        }

        private static final KeyPair KEYS = keys();

        private static KeyPair keys() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Bean
        JWKSource<com.nimbusds.jose.proc.SecurityContext> jwkSource() {
            RSAKey key = new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).privateKey((RSAPrivateKey) KEYS.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            JWKSet keys = new JWKSet(key);
            return (selector, context) -> selector.select(keys);
        }

        @Bean
        JwtDecoder jwtDecoder() {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
        }
    }
}
