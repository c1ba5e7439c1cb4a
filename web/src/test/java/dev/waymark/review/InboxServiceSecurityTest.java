package dev.waymark.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.waymark.audit.AuditFilter;
import dev.waymark.audit.AuditLog;
import dev.waymark.base.TestCaller;
import dev.waymark.base.TestDatabaseInitializer;
import dev.waymark.guide.Guide;
import dev.waymark.guide.Guides;
import dev.waymark.guide.WayKind;
import dev.waymark.report.ReaderReports;
import dev.waymark.report.ReportKind;
import dev.waymark.report.StepReports;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ContextConfiguration;

/**
 * Who may call what on the inbox, checked on the service itself: every method of InboxService, called by nobody,
 * an anonymous visitor, an editor and an admin. Refused callers close nothing and leave no audit record.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class InboxServiceSecurityTest {

    interface Call {
        void on(InboxService inbox, StepReports step);
    }

    @Autowired
    InboxService inbox;

    @Autowired
    Guides guides;

    @Autowired
    ReaderReports reports;

    @Autowired
    AuditLog audit;

    private InboxFixtures fixtures;
    private Guide guide;

    /** A guide with two open reports about one step, written by nobody in particular. */
    @BeforeEach
    void reportedGuide() {
        SecurityContextHolder.clearContext();
        fixtures = new InboxFixtures(guides, reports);
        guide = fixtures.published("matrix-inbox");
        fixtures.report(guide, WayKind.HOTLINE, 1, ReportKind.DID_NOT_WORK, "matrix");
        fixtures.report(guide, WayKind.HOTLINE, 1, ReportKind.OUTDATED, "");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        fixtures.archiveAll();
    }

    static Stream<Arguments> matrix() {
        List<Arguments> methods = List.of(
                Arguments.of("due", (Call) (inbox, step) -> inbox.due(10)),
                Arguments.of("openReports", (Call) (inbox, step) -> inbox.openReports(10)),
                Arguments.of("closeReport", (Call) (inbox, step) -> inbox.closeReport(
                        step.latestComments().getFirst().id(), "checked")),
                Arguments.of("closeReports", (Call) (inbox, step) -> inbox.closeReports(step.subject(), step.lastId(),
                        "checked")),
                Arguments.of("misses", (Call) (inbox, step) -> inbox.misses(10)),
                Arguments.of("translations", (Call) (inbox, step) -> inbox.translations(10)));
        return Stream.of(TestCaller.values()).flatMap(caller -> methods.stream().map(method -> Arguments.of(
                caller, method.get()[0], method.get()[1])));
    }

    @Test
    void every_public_method_is_in_the_matrix_and_states_that_editors_and_admins_may_call_it() {
        List<Method> methods = Arrays.stream(InboxService.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers())).toList();

        assertThat(methods).extracting(Method::getName).containsExactlyInAnyOrderElementsOf(matrix()
                .map(arguments -> (String) arguments.get()[1]).distinct().toList());
        assertThat(methods).allSatisfy(method -> assertThat(method.getAnnotation(PreAuthorize.class))
                .as(method.getName()).isNotNull()
                .extracting(PreAuthorize::value).isEqualTo("hasAnyRole('EDITOR', 'ADMIN')"));
    }

    @ParameterizedTest(name = "{0} calls {1}")
    @MethodSource("matrix")
    void only_editors_and_admins_use_the_inbox(TestCaller caller, String method, Call call) {
        StepReports step = fixtures.openStep(guide, WayKind.HOTLINE, 1);
        caller.signIn("matrix-" + caller.name().toLowerCase(java.util.Locale.ROOT));
        boolean allowed = caller.isStaff();

        Throwable thrown = catchThrowable(() -> call.on(inbox, step));

        if (allowed) {
            assertThat(thrown).as(caller + " may call " + method).isNull();
        } else {
            assertThat(thrown).as(caller + " may not call " + method)
                    .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
            assertThat(fixtures.openStep(guide, WayKind.HOTLINE, 1).total()).isEqualTo(2);
            assertThat(audit.count(new AuditFilter(null, "report", guide.slug().value(), null, null))).isZero();
        }
    }
}
