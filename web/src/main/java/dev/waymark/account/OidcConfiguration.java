package dev.waymark.account;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The OpenID Connect provider, when {@code WAYMARK_OIDC_ISSUER} is set: its endpoints come from its discovery document
 * ({@code <issuer>/.well-known/openid-configuration}), read at start-up, so the provider must answer then.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${waymark.oidc.issuer:}'.isBlank()")
class OidcConfiguration {

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(OidcSettings settings) {
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(settings.issuer().strip())
                .registrationId(OidcSettings.REGISTRATION)
                .clientName("Single sign-on")
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .scope("openid", "profile", "email")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }
}
