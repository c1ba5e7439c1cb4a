package dev.waymark.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportRateLimiterTest {

    private final MovingClock clock = new MovingClock(Instant.parse("2026-05-01T10:00:00Z"));

    @Test
    void a_client_may_send_the_limit_within_the_window_and_no_more() {
        ReportRateLimiter limiter = new ReportRateLimiter(3, Duration.ofMinutes(10), 100, clock);
        for (int i = 0; i < 3; i++) {
            limiter.acquire("10.0.0.1");
            clock.advance(Duration.ofMinutes(1));
        }

        assertThatThrownBy(() -> limiter.acquire("10.0.0.1"))
                .isInstanceOf(RateLimitedException.class)
                .hasMessageContaining("at most 3 in 10 minutes")
                .hasMessageContaining("try again in 7 minutes")
                .extracting(e -> ((RateLimitedException) e).retryAfter()).isEqualTo(Duration.ofMinutes(7));
        assertThatCode(() -> limiter.acquire("10.0.0.2")).as("another client has its own share")
                .doesNotThrowAnyException();
    }

    @Test
    void the_window_slides_so_each_report_frees_its_place_when_it_leaves_the_window() {
        ReportRateLimiter limiter = new ReportRateLimiter(2, Duration.ofMinutes(10), 100, clock);
        limiter.acquire("client");
        clock.advance(Duration.ofMinutes(6));
        limiter.acquire("client");
        assertThatThrownBy(() -> limiter.acquire("client")).isInstanceOf(RateLimitedException.class);

        clock.advance(Duration.ofMinutes(4));
        limiter.acquire("client");
        assertThatThrownBy(() -> limiter.acquire("client")).as("the second report is still in the window")
                .isInstanceOf(RateLimitedException.class);

        clock.advance(Duration.ofMinutes(6));
        assertThatCode(() -> limiter.acquire("client")).doesNotThrowAnyException();
    }

    @Test
    void refused_attempts_do_not_extend_the_wait() {
        ReportRateLimiter limiter = new ReportRateLimiter(1, Duration.ofMinutes(10), 100, clock);
        limiter.acquire("client");
        for (int i = 0; i < 9; i++) {
            clock.advance(Duration.ofMinutes(1));
            assertThatThrownBy(() -> limiter.acquire("client")).isInstanceOf(RateLimitedException.class);
        }
        clock.advance(Duration.ofMinutes(1));
        assertThatCode(() -> limiter.acquire("client")).doesNotThrowAnyException();
    }

    @Test
    void clients_idle_for_a_whole_window_are_forgotten() {
        ReportRateLimiter limiter = new ReportRateLimiter(5, Duration.ofMinutes(10), 1_000, clock);
        for (int i = 0; i < 500; i++) {
            limiter.acquire("10.0." + (i / 256) + "." + (i % 256));
        }
        assertThat(limiter.clients()).isEqualTo(500);

        clock.advance(Duration.ofMinutes(10));
        limiter.acquire("192.0.2.1");

        assertThat(limiter.clients()).isEqualTo(1);
    }

    @Test
    void memory_stays_bounded_when_many_clients_report_at_once() {
        ReportRateLimiter limiter = new ReportRateLimiter(5, Duration.ofMinutes(10), 100, clock);
        for (int i = 0; i < 10_000; i++) {
            limiter.acquire("client-" + i);
        }
        assertThat(limiter.clients()).isEqualTo(100);
    }

    @Test
    void settings_that_would_block_everyone_are_refused() {
        assertThatThrownBy(() -> new ReportRateLimiter(0, Duration.ofMinutes(10), 100, clock))
                .hasMessageContaining("at least one report");
        assertThatThrownBy(() -> new ReportRateLimiter(1, Duration.ZERO, 100, clock))
                .hasMessageContaining("window must be positive");
    }
}
