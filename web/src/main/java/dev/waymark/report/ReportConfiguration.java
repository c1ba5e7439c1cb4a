package dev.waymark.report;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The report rate limiter, configured by {@link ReportSettings}; it uses a {@link Clock} bean when there is one. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportSettings.class)
class ReportConfiguration {

    @Bean
    ReportRateLimiter reportRateLimiter(ReportSettings settings, ObjectProvider<Clock> clock) {
        return new ReportRateLimiter(settings.perClient(), settings.window(), settings.maxClients(),
                clock.getIfAvailable(Clock::systemUTC));
    }
}
