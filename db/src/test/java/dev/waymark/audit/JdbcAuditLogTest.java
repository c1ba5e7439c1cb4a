package dev.waymark.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waymark.base.TestDatabase;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcAuditLogTest {

    private final JdbcAuditLog log = new JdbcAuditLog(TestDatabase.jdbc());
    private final JdbcClient jdbc = TestDatabase.jdbc();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    private AuditEvent signIn;
    private AuditEvent failed;
    private AuditEvent roles;
    private AuditEvent publish;

    @BeforeEach
    void record() {
        TestDatabase.clear();
        signIn = new AuditEvent(now.minusSeconds(300), "ana", "login.success", null, "from 10.0.0.1");
        failed = new AuditEvent(now.minusSeconds(200), "anonymous", "login.failed", "ben", "from 10.0.0.2");
        roles = new AuditEvent(now.minusSeconds(100), "ana", "user.roles", "ben", "[EDITOR] to [EDITOR, ADMIN]");
        publish = new AuditEvent(now, "ben", "guide.publish", "serbia-cancel-mobile-service", "");
        log.record(signIn);
        log.record(failed);
        log.record(roles);
        log.record(publish);
    }

    @Test
    void events_come_back_whole_newest_first_in_pages() {
        assertThat(log.find(AuditFilter.ALL, 0, 10)).containsExactly(publish, roles, failed, signIn);
        assertThat(log.find(AuditFilter.ALL, 1, 2)).containsExactly(roles, failed);
        assertThat(log.count(AuditFilter.ALL)).isEqualTo(4);
    }

    @Test
    void events_are_filtered_by_actor_action_target_and_time() {
        assertThat(log.find(new AuditFilter("ana", null, null, null, null), 0, 10)).containsExactly(roles, signIn);
        assertThat(log.find(new AuditFilter(null, "login", null, null, null), 0, 10)).containsExactly(failed, signIn);
        assertThat(log.find(new AuditFilter(null, "login.failed", null, null, null), 0, 10)).containsExactly(failed);
        assertThat(log.find(new AuditFilter(null, "log", null, null, null), 0, 10)).isEmpty();
        assertThat(log.find(new AuditFilter(null, null, "ben", null, null), 0, 10)).containsExactly(roles, failed);
        assertThat(log.find(new AuditFilter(null, null, null, now.minusSeconds(200), now), 0, 10))
                .containsExactly(roles, failed);
        assertThat(log.count(new AuditFilter("ana", "user", "ben", null, null))).isEqualTo(1);
    }

    @Test
    void wildcards_in_a_filter_match_only_themselves() {
        assertThat(log.find(new AuditFilter(null, "%", null, null, null), 0, 10)).isEmpty();
        assertThat(log.find(new AuditFilter("%", null, null, null, null), 0, 10)).isEmpty();
        assertThat(log.count(new AuditFilter(null, "login_success", null, null, null))).isZero();
    }

    @Test
    void the_record_is_append_only() {
        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'mallory'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("never changed or removed");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
                .isInstanceOf(DataAccessException.class);
        assertThat(log.count(AuditFilter.ALL)).isEqualTo(4);
    }
}
