package dev.waymark.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waymark.report.MovingClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovingClock clock = new MovingClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), Duration.ofMinutes(15), 1000, clock);

    private void fail(String username, String client, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, client);
            clock.advance(Duration.ofSeconds(10));
        }
    }

    @Test
    void five_failures_for_one_account_lock_it_from_every_address() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.lockedFor("ana", "10.0.0." + i)).isEmpty();
            throttle.failed("ana", "10.0.0." + i);
        }

        assertThat(throttle.lockedFor("ana", "10.9.9.9")).hasValueSatisfying(wait ->
                assertThat(wait).isEqualTo(Duration.ofMinutes(15)));
        assertThat(throttle.lockedFor("ANA ", null)).isPresent();
        assertThat(throttle.lockedFor("ben", "10.9.9.9")).isEmpty();
    }

    @Test
    void five_failures_from_one_address_lock_it_for_every_account() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, "203.0.113.7");
        }

        assertThat(throttle.lockedFor("someone-else", "203.0.113.7")).isPresent();
        assertThat(throttle.lockedFor("someone-else", "203.0.113.8")).isEmpty();
        assertThat(throttle.lockedFor("user1", "203.0.113.8")).isEmpty();
    }

    @Test
    void the_lock_ends_after_its_period_and_the_wait_shrinks_meanwhile() {
        fail("ana", "10.0.0.1", 5);
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.lockedFor("ana", "10.0.0.1")).hasValueSatisfying(wait ->
                assertThat(wait).isLessThanOrEqualTo(Duration.ofMinutes(5)).isPositive());

        clock.advance(Duration.ofMinutes(5));
        assertThat(throttle.lockedFor("ana", "10.0.0.1")).isEmpty();
    }

    @Test
    void failures_older_than_the_window_do_not_count() {
        fail("ana", "10.0.0.1", 4);
        clock.advance(Duration.ofMinutes(16));
        fail("ana", "10.0.0.1", 4);

        assertThat(throttle.lockedFor("ana", "10.0.0.1")).isEmpty();
        fail("ana", "10.0.0.1", 1);
        assertThat(throttle.lockedFor("ana", "10.0.0.1")).isPresent();
    }

    @Test
    void a_success_forgets_the_accounts_failures_but_not_the_addresss() {
        fail("ana", "10.0.0.1", 4);
        throttle.succeeded("ana");
        fail("ana", "10.0.0.2", 4);
        assertThat(throttle.lockedFor("ana", "10.0.0.3")).isEmpty();

        // 10.0.0.1 failed four times on ana; one more failure on any account locks it.
        throttle.failed("ben", "10.0.0.1");
        assertThat(throttle.lockedFor("carla", "10.0.0.1")).isPresent();
    }

    @Test
    void memory_stays_bounded_and_settings_are_checked() {
        LoginThrottle small = new LoginThrottle(5, Duration.ofMinutes(15), Duration.ofMinutes(15), 10, clock);
        for (int i = 0; i < 100; i++) {
            small.failed("user" + i, "10.0.0." + i);
        }
        assertThat(small.keys()).isEqualTo(10);

        assertThatThrownBy(() -> new LoginThrottle(0, Duration.ofMinutes(1), Duration.ofMinutes(1), 10, clock))
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> new LoginThrottle(5, Duration.ZERO, Duration.ofMinutes(1), 10, clock))
                .hasMessageContaining("window");
    }

    @Test
    void the_wait_is_said_in_whole_minutes_rounded_up() {
        assertThat(LoginThrottledException.minutes(Duration.ofSeconds(1))).isEqualTo(1);
        assertThat(LoginThrottledException.minutes(Duration.ofSeconds(61))).isEqualTo(2);
        assertThat(new LoginThrottledException(Duration.ofMinutes(15)).getMessage())
                .isEqualTo("Too many failed sign-ins; try again in 15 minutes");
    }
}
