package dev.waymark.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waymark.report.MovingClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovingClock clock = new MovingClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), Duration.ofMinutes(1),
            Duration.ofHours(1), 100_000, clock);

    /** Tries as an attacker does: as soon as the throttle lets it, with a wrong password, {@code times} times. */
    private void guess(String username, String client, int times) {
        for (int i = 0; i < times; i++) {
            throttle.waitFor(username, client).ifPresent(clock::advance);
            throttle.failed(username, client);
        }
    }

    @Test
    void the_first_failures_are_free_then_each_wait_doubles_up_to_the_maximum() {
        guess("ana", "10.0.0.1", 3);
        assertThat(throttle.waitFor("ana", "10.0.0.1")).contains(Duration.ofSeconds(1));
        guess("ana", "10.0.0.1", 1);
        assertThat(throttle.waitFor("ana", "10.0.0.1")).contains(Duration.ofSeconds(2));
        guess("ana", "10.0.0.1", 1);
        assertThat(throttle.waitFor("ana", "10.0.0.1")).contains(Duration.ofSeconds(4));
        guess("ana", "10.0.0.1", 30);
        assertThat(throttle.waitFor("ana", "10.0.0.1")).contains(Duration.ofMinutes(15));
    }

    @Test
    void an_attackers_hundred_failures_from_one_address_never_hold_back_the_owner_at_another() {
        guess("ana", "203.0.113.66", 100);

        assertThat(throttle.waitFor("ana", "203.0.113.66")).as("guessing stays throttled")
                .hasValueSatisfying(wait -> assertThat(wait).isGreaterThan(Duration.ofMinutes(10)));
        assertThat(throttle.waitFor("ana", "198.51.100.7")).as("the owner at home").isEmpty();
    }

    @Test
    void many_addresses_guessing_one_password_slow_down_the_addresses_that_failed_but_not_the_owner() {
        for (int i = 0; i < 100; i++) {
            guess("ana", "10.1." + (i / 250) + "." + (i % 250), 1);
        }

        assertThat(throttle.waitFor("ana", "10.1.0.5")).as("a guessing address waits though it failed only once")
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
        assertThat(throttle.waitFor("ana", "198.51.100.7")).as("an address that never failed").isEmpty();
        guess("ana", "198.51.100.7", 1);
        assertThat(throttle.waitFor("ana", "198.51.100.7")).as("the owner who mistyped only waits a while")
                .hasValueSatisfying(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofMinutes(1)));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.waitFor("ana", "198.51.100.7")).isEmpty();
    }

    @Test
    void one_address_guessing_many_usernames_waits_for_every_username_but_other_addresses_do_not() {
        for (int i = 0; i < 9; i++) {
            guess("user" + i, "203.0.113.7", 1);
        }

        assertThat(throttle.waitFor("someone-else", "203.0.113.7")).isPresent();
        assertThat(throttle.waitFor("someone-else", "203.0.113.8")).isEmpty();
    }

    @Test
    void usernames_are_compared_without_case_or_surrounding_space() {
        guess("ana", "10.0.0.1", 3);

        assertThat(throttle.waitFor("ANA ", "10.0.0.1")).isPresent();
        assertThat(throttle.waitFor("ben", "10.0.0.1")).isEmpty();
    }

    @Test
    void a_successful_sign_in_forgets_that_addresses_failures_for_the_username() {
        guess("ana", "10.0.0.1", 3);
        clock.advance(Duration.ofSeconds(1));
        throttle.succeeded("ana", "10.0.0.1");
        guess("ana", "10.0.0.1", 2);

        assertThat(throttle.waitFor("ana", "10.0.0.1")).isEmpty();
    }

    @Test
    void failures_are_forgotten_an_hour_after_the_last_one() {
        guess("ana", "10.0.0.1", 10);
        clock.advance(Duration.ofMinutes(61));

        assertThat(throttle.waitFor("ana", "10.0.0.1")).isEmpty();
        guess("ana", "10.0.0.1", 3);
        assertThat(throttle.waitFor("ana", "10.0.0.1")).contains(Duration.ofSeconds(1));
    }

    @Test
    void an_unknown_address_counts_as_one_shared_address() {
        guess("ana", null, 3);

        assertThat(throttle.waitFor("ana", null)).isPresent();
        assertThat(throttle.waitFor("ana", "10.0.0.1")).isEmpty();
    }

    @Test
    void memory_stays_bounded() {
        LoginThrottle small = new LoginThrottle(3, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofHours(1),
                10, clock);
        for (int i = 0; i < 100; i++) {
            small.failed("user" + i, "10.0.0." + i);
        }
        assertThat(small.keys()).isLessThanOrEqualTo(10);
    }

    @Test
    void settings_that_make_no_sense_are_refused() {
        assertThatThrownBy(() -> new LoginThrottle(0, Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofHours(1),
                10, clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginThrottle(3, Duration.ZERO, Duration.ofMinutes(1), Duration.ofHours(1), 10,
                clock)).isInstanceOf(IllegalArgumentException.class);
    }
}
