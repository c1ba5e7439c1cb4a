package dev.waymark.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

    @Test
    void blank_criteria_mean_any_and_a_range_runs_forwards() {
        AuditFilter filter = new AuditFilter(" ", " login ", "", null, null);
        assertThat(filter.actor()).isNull();
        assertThat(filter.action()).isEqualTo("login");
        assertThat(filter.target()).isNull();

        Instant now = Instant.now();
        assertThatThrownBy(() -> new AuditFilter(null, null, null, now, now.minusSeconds(1)))
                .hasMessageContaining("before its end");
    }

    @Test
    void events_have_bounded_fields() {
        Instant now = Instant.now();
        assertThat(new AuditEvent(now, "ana", "login.success", null, null).detail()).isEmpty();
        assertThatThrownBy(() -> new AuditEvent(now, "x".repeat(AuditEvent.ACTOR_MAX_LENGTH + 1), "a", null, ""))
                .hasMessageContaining("actor");
        assertThatThrownBy(() -> new AuditEvent(now, "ana", " ", null, "")).hasMessageContaining("action");
    }
}
