package dev.waymark.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling: after {@code waymark.login.max-failures} failed sign-ins within {@code waymark.login.window}
 * for one username or from one address, sign-ins are refused for {@code waymark.login.lock}; at most
 * {@code waymark.login.max-keys} usernames and addresses are remembered.
 */
@ConfigurationProperties("waymark.login")
record LoginSettings(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window,
                     @DefaultValue("15m") Duration lock, @DefaultValue("10000") int maxKeys) {
}
