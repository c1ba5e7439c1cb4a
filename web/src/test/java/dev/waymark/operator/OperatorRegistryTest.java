package dev.waymark.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.waymark.audit.AuditEvent;
import dev.waymark.audit.AuditFilter;
import dev.waymark.audit.AuditLog;
import dev.waymark.base.TestCaller;
import dev.waymark.base.WaymarkTest;
import dev.waymark.guide.ContactKind;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.Evidence;
import dev.waymark.guide.OperatorCode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The registry service: who may change it, revisions, audit, and how soon readers and editors see a change. */
@WaymarkTest
class OperatorRegistryTest {

    @LocalServerPort
    int port;

    @Autowired
    OperatorRegistry registry;

    @Autowired
    Operators operators;

    @Autowired
    OperatorDirectory directory;

    @Autowired
    AuditLog audit;

    private final String editor = "registry-editor-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A new operator in a country of its own, so tests do not meet each other's. */
    private static Operator fresh(String country, String name) {
        return new Operator(new OperatorCode(country.toLowerCase() + "-" + name.toLowerCase()), new CountryCode(country),
                name, "Example Group", null, "https://example.com", List.of(OperatorContact.of(ContactKind.PHONE,
                        "+49 800 330 1000", Evidence.UNVERIFIED)), null, null, OperatorStatus.ACTIVE, null);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void an_editor_adds_an_operator_which_editors_readers_and_the_importer_see_at_once() {
        TestCaller.EDITOR.signIn(editor);
        Operator telekom = fresh("DE", "Telekom" + suffix());

        StoredOperator created = registry.create(telekom, "Germany, first operator");

        assertThat(created.revision()).isEqualTo(1);
        // Without waiting for PostgreSQL's notice: the registry reloads this instance's list when its change commits.
        assertThat(directory.snapshot().inCountry(new CountryCode("DE"))).contains(telekom);
        assertThat(registry.inCountry(new CountryCode("DE"))).contains(telekom);
        assertThat(operators.inCountry(new CountryCode("DE"))).contains(telekom);
        assertThat(registry.list(new OperatorFilter(new CountryCode("DE"), null, null, null), 0, 100))
                .extracting(StoredOperator::operator).contains(telekom);
        assertThat(audit.find(new AuditFilter(editor, "operator", telekom.code().value(), null, null), 0, 10))
                .extracting(AuditEvent::action, AuditEvent::detail)
                .containsExactly(tuple(OperatorActions.CREATE,
                        telekom.name() + ", revision 1"));
        assertThatThrownBy(() -> registry.create(telekom, "")).isInstanceOf(OperatorCodeTakenException.class);
    }

    @Test
    void a_change_is_a_revision_a_stale_one_is_refused_and_an_old_one_can_be_restored() {
        TestCaller.EDITOR.signIn(editor);
        Operator base = fresh("LU", "Base" + suffix());
        registry.create(base, "");

        StoredOperator renamed = registry.save(base.renamed("Tango", LocalDate.of(2026, 12, 1)), 1, "new brand");

        assertThat(renamed.revision()).isEqualTo(2);
        assertThat(registry.save(renamed.operator(), 2, "nothing changed").revision()).as("no empty revision")
                .isEqualTo(2);
        assertThatThrownBy(() -> registry.save(base.renamed("Other", LocalDate.of(2026, 12, 2)), 1, ""))
                .isInstanceOf(StaleOperatorException.class);
        assertThat(registry.find(base.code()).orElseThrow().operator().name()).isEqualTo("Tango");
        assertThat(audit.find(new AuditFilter(editor, OperatorActions.SAVE, base.code().value(), null, null), 0, 10))
                .extracting(AuditEvent::detail)
                .containsExactly("revision 2; renamed " + base.name() + " to Tango; new brand");

        StoredOperator restored = registry.restore(base.code(), 1, 2);

        assertThat(restored.revision()).isEqualTo(3);
        assertThat(restored.operator()).isEqualTo(base);
        assertThat(registry.history(base.code())).extracting(OperatorRevision::number, OperatorRevision::message)
                .containsExactly(tuple(3, "restored revision 1"),
                        tuple(2, "new brand"),
                        tuple(1, "created"));
    }

    @Test
    void only_editors_and_admins_change_the_registry_while_anyone_reads_it() {
        Operator other = fresh("AT", "Nobody");
        for (TestCaller caller : TestCaller.values()) {
            caller.signIn(editor);
            if (caller.isStaff()) {
                assertThat(registry.list(OperatorFilter.ALL, 0, 1)).hasSizeLessThanOrEqualTo(1);
                continue;
            }
            Class<? extends Exception> refused = caller == TestCaller.NOBODY
                    ? AuthenticationCredentialsNotFoundException.class : AccessDeniedException.class;
            assertThatThrownBy(() -> registry.create(other, "")).as(caller.name()).isInstanceOf(refused);
            assertThatThrownBy(() -> registry.save(other, 1, "")).as(caller.name()).isInstanceOf(refused);
            assertThatThrownBy(() -> registry.history(other.code())).as(caller.name()).isInstanceOf(refused);
            assertThatThrownBy(() -> registry.list(OperatorFilter.ALL, 0, 10)).as(caller.name()).isInstanceOf(refused);
            if (caller == TestCaller.ANONYMOUS) {
                assertThat(registry.published(new OperatorCode("rs-yettel"))).isPresent();
            }
        }
        assertThat(operators.find(other.code())).isEmpty();
    }

    @Test
    void a_rename_through_another_instance_shows_on_the_next_page_even_before_the_notice() throws Exception {
        String print = "http://localhost:" + port + "/guides/serbia-cancel-mobile-service/print?lang=en";
        OperatorCode code = new OperatorCode("rs-a1");
        Operator a1 = operators.find(code).orElseThrow();
        HttpClient http = HttpClient.newHttpClient();
        assertThat(get(http, print)).contains(a1.name());
        // Deaf to PostgreSQL's notice, as an instance is until it arrives; the change is written past the registry,
        // as another instance would.
        directory.stop();
        try {
            operators.save(a1.renamed("A1 Renamed Elsewhere", LocalDate.of(2026, 12, 6)));

            assertThat(get(http, print)).contains("A1 Renamed Elsewhere");
        } finally {
            operators.save(a1);
            directory.start();
        }
        assertThat(get(http, print)).contains(a1.name()).doesNotContain("A1 Renamed Elsewhere");
    }

    private static String get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
