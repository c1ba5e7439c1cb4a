package dev.waymark.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waymark.base.TestCaller;
import dev.waymark.base.WaymarkTest;
import dev.waymark.guide.EditorGuides;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.GuideStatus;
import dev.waymark.guide.Guides;
import dev.waymark.guide.Slug;
import dev.waymark.guide.TestGuides;
import dev.waymark.report.ReportKind;
import dev.waymark.report.ReportService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks end to end: a change commits, the outbox holds its event, the dispatcher POSTs it signed to a real HTTP
 * receiver on loopback, retries when the receiver fails, and sends nothing for a change rolled back.
 */
@WaymarkTest
@TestPropertySource(properties = {"waymark.webhooks.dispatch=true", "waymark.webhooks.poll-interval=100ms",
        "waymark.webhooks.backoff-base=200ms", "waymark.webhooks.max-age=1h"})
class WebhookTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Autowired
    WebhookService service;

    @Autowired
    WebhookDispatcher dispatcher;

    @Autowired
    EditorGuides editorGuides;

    @Autowired
    Guides guides;

    @Autowired
    ReportService reports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Webhooks webhooks;

    @Autowired
    WebhookSettings settings;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    @Autowired
    org.springframework.beans.factory.ObjectProvider<java.time.Clock> clocks;

    private final JsonMapper json = JsonMapper.builder().build();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final List<WebhookReceiver> receivers = new ArrayList<>();
    private final List<WebhookId> registered = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        dispatcher.start();
        TestCaller.ADMIN.signIn("webhook-admin");
        registered.forEach(service::remove);
        SecurityContextHolder.clearContext();
        receivers.forEach(WebhookReceiver::close);
    }

    private WebhookReceiver receiver(Integer... answers) throws Exception {
        WebhookReceiver receiver = new WebhookReceiver(answers);
        receivers.add(receiver);
        return receiver;
    }

    private NewWebhook register(WebhookReceiver receiver, WebhookEvent... events) {
        TestCaller.ADMIN.signIn("webhook-admin");
        NewWebhook created = service.register(receiver.url(), Set.of(events));
        registered.add(created.webhook().id());
        return created;
    }

    private Guide draft(String name) {
        return guides.save(Guide.draft(GuideId.random(), new Slug(name + "-" + suffix), TestGuides.serbia()), "tester",
                "test guide");
    }

    private Guide publish(Guide guide) {
        TestCaller.ADMIN.signIn("webhook-publisher");
        return editorGuides.publish(guide.id(), guide.version(), true);
    }

    /** Recomputed here from the header, the body and the secret, independently of the code under test. */
    private static boolean signatureHolds(WebhookReceiver.Received request, String secret) throws Exception {
        String[] parts = request.signature().split(",");
        assertThat(parts).hasSize(2);
        assertThat(parts[0]).startsWith("t=");
        assertThat(parts[1]).startsWith("v1=");
        String timestamp = parts[0].substring(2);
        assertThat(Long.parseLong(timestamp)).isCloseTo(Instant.now().getEpochSecond(),
                org.assertj.core.api.Assertions.within(60L));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((timestamp + "." + request.body())
                .getBytes(StandardCharsets.UTF_8)));
        return expected.equals(parts[1].substring(3));
    }

    private List<Delivery> deliveries(NewWebhook webhook) {
        TestCaller.ADMIN.signIn("webhook-admin");
        return service.deliveries(webhook.webhook().id(), 50);
    }

    private Delivery awaitDelivered(NewWebhook webhook) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            List<Delivery> all = deliveries(webhook);
            if (!all.isEmpty() && all.getFirst().status() == DeliveryStatus.DELIVERED) {
                return all.getFirst();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not delivered: " + deliveries(webhook));
    }

    @Test
    void publishing_a_guide_posts_a_signed_event_to_the_registered_url() throws Exception {
        WebhookReceiver receiver = receiver();
        NewWebhook webhook = register(receiver, WebhookEvent.GUIDE_PUBLISHED);
        Guide guide = draft("webhook-published");

        Guide published = publish(guide);

        WebhookReceiver.Received request = receiver.nextAbout(guide.slug().value(), WAIT);
        assertThat(request).as("a delivery arrives").isNotNull();
        assertThat(request.event()).isEqualTo("guide.published");
        assertThat(request.contentType()).startsWith("application/json");
        assertThat(signatureHolds(request, webhook.secret())).as("signature").isTrue();
        assertThat(signatureHolds(request, "whsec_" + "a".repeat(43))).as("another secret's signature").isFalse();
        JsonNode event = json.readTree(request.body());
        assertThat(event.get("type").asString()).isEqualTo("guide.published");
        assertThat(event.get("data").get("slug").asString()).isEqualTo(guide.slug().value());
        assertThat(event.get("data").get("revision").asInt()).isEqualTo(published.savedRevision());
        Delivery logged = awaitDelivered(webhook);
        assertThat(logged.id().toString()).isEqualTo(request.delivery());
        assertThat(logged.eventId().toString()).isEqualTo(event.get("id").asString());
        assertThat(logged.attempts()).isEqualTo(1);
        assertThat(logged.lastStatusCode()).isEqualTo(200);
        assertThat(logged.deliveredAt()).isNotNull();
    }

    @Test
    void archiving_and_reports_are_announced_only_to_webhooks_listening_for_them() throws Exception {
        WebhookReceiver archives = receiver();
        WebhookReceiver reportsReceiver = receiver();
        register(archives, WebhookEvent.GUIDE_ARCHIVED);
        register(reportsReceiver, WebhookEvent.REPORT_RECEIVED);
        Guide published = publish(draft("webhook-archived"));

        reports.report(published.slug(), published.savedRevision(), null, null, ReportKind.OUTDATED, "a comment",
                "webhook-test-" + suffix);
        TestCaller.ADMIN.signIn("webhook-publisher");
        editorGuides.archive(published.id(), published.version());

        WebhookReceiver.Received archived = archives.nextAbout(published.slug().value(), WAIT);
        WebhookReceiver.Received reported = reportsReceiver.nextAbout(published.slug().value(), WAIT);
        assertThat(archived).isNotNull();
        assertThat(archived.event()).isEqualTo("guide.archived");
        assertThat(reported).isNotNull();
        assertThat(reported.event()).isEqualTo("report.received");
        assertThat(json.readTree(reported.body()).get("data").get("kind").asString()).isEqualTo("outdated");
        assertThat(reported.body()).doesNotContain("a comment");
        assertThat(archives.next(Duration.ofMillis(500))).as("nothing but the archiving").isNull();
    }

    @Test
    void a_receiver_that_fails_gets_the_event_again_with_backoff_until_it_answers() throws Exception {
        WebhookReceiver receiver = receiver(500, 503);
        NewWebhook webhook = register(receiver, WebhookEvent.GUIDE_PUBLISHED);
        Guide guide = draft("webhook-retried");

        publish(guide);

        WebhookReceiver.Received first = receiver.nextAbout(guide.slug().value(), WAIT);
        WebhookReceiver.Received second = receiver.nextAbout(guide.slug().value(), WAIT);
        WebhookReceiver.Received third = receiver.nextAbout(guide.slug().value(), WAIT);
        assertThat(List.of(first, second, third)).doesNotContainNull();
        assertThat(third.body()).isEqualTo(first.body());
        assertThat(third.delivery()).isEqualTo(first.delivery());
        assertThat(signatureHolds(third, webhook.secret())).isTrue();
        Delivery logged = awaitDelivered(webhook);
        assertThat(logged.attempts()).isEqualTo(3);
        assertThat(logged.lastStatusCode()).isEqualTo(200);
        assertThat(logged.lastError()).isNull();
    }

    @Test
    void a_publication_rolled_back_announces_nothing() throws Exception {
        WebhookReceiver receiver = receiver();
        register(receiver, WebhookEvent.GUIDE_PUBLISHED);
        Guide guide = draft("webhook-rolled-back");

        transactions.executeWithoutResult(status -> {
            publish(guide);
            status.setRollbackOnly();
        });

        assertThat(guides.find(guide.id()).orElseThrow().status()).isEqualTo(GuideStatus.DRAFT);
        assertThat(jdbc.sql("select count(*) from webhook_delivery where payload like :slug")
                .param("slug", "%\"" + guide.slug().value() + "\"%").query(Long.class).single()).isZero();
        assertThat(receiver.nextAbout(guide.slug().value(), Duration.ofSeconds(1))).isNull();
    }

    @Test
    void an_event_committed_while_the_dispatcher_is_down_is_delivered_when_it_starts_again() throws Exception {
        WebhookReceiver receiver = receiver();
        NewWebhook webhook = register(receiver, WebhookEvent.GUIDE_PUBLISHED);
        Guide guide = draft("webhook-after-restart");
        dispatcher.stop();

        publish(guide);

        assertThat(receiver.nextAbout(guide.slug().value(), Duration.ofSeconds(1))).isNull();
        assertThat(deliveries(webhook)).singleElement().satisfies(delivery -> {
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(delivery.attempts()).isZero();
        });

        dispatcher.start();

        assertThat(receiver.nextAbout(guide.slug().value(), WAIT)).isNotNull();
        assertThat(awaitDelivered(webhook).attempts()).isEqualTo(1);
    }

    @Test
    void two_dispatchers_share_the_outbox_and_send_each_delivery_once() throws Exception {
        WebhookReceiver receiver = receiver();
        NewWebhook webhook = register(receiver, WebhookEvent.GUIDE_PUBLISHED);
        // A second instance's dispatcher on the same database, with its own thread and connections.
        WebhookDispatcher other = new WebhookDispatcher(webhooks, settings, transactionManager, clocks);
        other.start();
        try {
            List<Guide> drafts = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                drafts.add(draft("webhook-shared-" + i));
            }
            drafts.forEach(this::publish);

            List<String> deliveries = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                WebhookReceiver.Received request = receiver.next(WAIT);
                assertThat(request).as("delivery " + (i + 1)).isNotNull();
                deliveries.add(request.delivery());
            }
            assertThat(deliveries).doesNotHaveDuplicates();
            assertThat(receiver.next(Duration.ofSeconds(1))).as("no delivery twice").isNull();
            assertThat(deliveries(webhook)).hasSize(6).allSatisfy(delivery -> {
                assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
                assertThat(delivery.attempts()).isEqualTo(1);
            });
        } finally {
            other.stop();
        }
    }

    @Test
    void send_again_delivers_the_same_event_under_a_new_delivery_id() throws Exception {
        WebhookReceiver receiver = receiver();
        NewWebhook webhook = register(receiver, WebhookEvent.GUIDE_PUBLISHED);
        Guide guide = draft("webhook-again");
        publish(guide);
        WebhookReceiver.Received first = receiver.nextAbout(guide.slug().value(), WAIT);
        Delivery delivered = awaitDelivered(webhook);

        TestCaller.ADMIN.signIn("webhook-admin");
        Delivery again = service.resend(delivered.id());

        WebhookReceiver.Received second = receiver.nextAbout(guide.slug().value(), WAIT);
        assertThat(second).isNotNull();
        assertThat(second.delivery()).isEqualTo(again.id().toString()).isNotEqualTo(first.delivery());
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(signatureHolds(second, webhook.secret())).isTrue();
    }

    @Test
    void only_admins_manage_webhooks_and_urls_must_be_http() {
        TestCaller.EDITOR.signIn("webhook-editor");
        assertThatThrownBy(() -> service.register("https://example.org/hook", Set.of(WebhookEvent.GUIDE_PUBLISHED)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.list()).isInstanceOf(AccessDeniedException.class);
        TestCaller.ADMIN.signIn("webhook-admin");
        assertThatThrownBy(() -> service.register("ftp://example.org/hook", Set.of(WebhookEvent.GUIDE_PUBLISHED)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.register("https://example.org/hook", Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
