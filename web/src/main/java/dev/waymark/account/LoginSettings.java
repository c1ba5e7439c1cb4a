package dev.waymark.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling ({@link LoginThrottle}): {@code waymark.login.free-failures} failed sign-ins for one username from
 * one address before the next attempt waits (1 s, doubling after every further failure, at most
 * {@code waymark.login.max-delay}); failures for a username from everywhere slow down the addresses that failed by at
 * most {@code waymark.login.user-max-delay}; counts are forgotten {@code waymark.login.forget-after} after their last
 * failure; at most {@code waymark.login.max-keys} counts are remembered.
 */
@ConfigurationProperties("waymark.login")
record LoginSettings(@DefaultValue("3") int freeFailures, @DefaultValue("15m") Duration maxDelay,
                     @DefaultValue("1m") Duration userMaxDelay, @DefaultValue("1h") Duration forgetAfter,
                     @DefaultValue("10000") int maxKeys) {
}
