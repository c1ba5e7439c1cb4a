package dev.waymark.base;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Readers need no account: traveler views, the read-only API, sending a report and health are open.
 * Services carry method security and are the real boundary: every public method says who may call it.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/api/guides", "/api/guides/**", "/api/search", "/guides/*/print",
                        "/actuator/health", "/actuator/health/**", "/error").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/reports").permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        return http.with(vaadin(), vaadin -> { }).build();
    }

    /**
     * Editor and admin accounts arrive with the editors' work; until then nobody can sign in, and
     * Spring Boot does not invent a default user with a logged password.
     */
    @Bean
    UserDetailsService noAccountsYet() {
        return username -> {
            throw new UsernameNotFoundException("no accounts exist yet");
        };
    }
}
