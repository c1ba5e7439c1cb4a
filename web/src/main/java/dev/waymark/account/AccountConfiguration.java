package dev.waymark.account;

import dev.waymark.audit.Auditor;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How staff sign in: passwords hashed with bcrypt behind a delegating encoder (stored as {@code {bcrypt}...},
 * so a later algorithm can be added without invalidating them), users from PostgreSQL, and the login
 * throttle in front of the password check.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LoginSettings.class, OidcSettings.class})
class AccountConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        PasswordEncoder delegating = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        // Accounts that sign in through OpenID Connect hold {oidc}... instead of a hash: no password matches it.
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence rawPassword) {
                return delegating.encode(rawPassword);
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                return encodedPassword != null && !encodedPassword.startsWith(OidcUsers.HASH_PREFIX)
                        && delegating.matches(rawPassword, encodedPassword);
            }

            @Override
            public boolean upgradeEncoding(String encodedPassword) {
                return !encodedPassword.startsWith(OidcUsers.HASH_PREFIX) && delegating.upgradeEncoding(encodedPassword);
            }
        };
    }

    @Bean
    LoginThrottle loginThrottle(LoginSettings settings, ObjectProvider<Clock> clock) {
        return new LoginThrottle(settings.freeFailures(), settings.maxDelay(), settings.userMaxDelay(),
                settings.forgetAfter(), settings.maxKeys(), clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
                                                LoginThrottle throttle, Auditor auditor) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle, auditor));
    }
}
