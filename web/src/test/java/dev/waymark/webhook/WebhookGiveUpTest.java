package dev.waymark.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waymark.base.TestCaller;
import dev.waymark.base.WaymarkTest;
import dev.waymark.guide.EditorGuides;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.Guides;
import dev.waymark.guide.Slug;
import dev.waymark.guide.TestGuides;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

/** A receiver that never answers 2xx: retried with growing waits until max-age after the event, then given up. */
@WaymarkTest
@TestPropertySource(properties = {"waymark.webhooks.dispatch=true", "waymark.webhooks.poll-interval=100ms",
        "waymark.webhooks.backoff-base=300ms", "waymark.webhooks.max-age=2s"})
class WebhookGiveUpTest {

    @Autowired
    WebhookService service;

    @Autowired
    EditorGuides editorGuides;

    @Autowired
    Guides guides;

    @Test
    void a_delivery_still_failing_after_max_age_is_given_up_and_not_sent_again() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(500, 500, 500, 500, 500, 500, 500, 500, 500, 500)) {
            TestCaller.ADMIN.signIn("webhook-admin");
            NewWebhook webhook = service.register(receiver.url(), java.util.Set.of(WebhookEvent.GUIDE_PUBLISHED));
            try {
                Guide guide = guides.save(Guide.draft(GuideId.random(), new Slug("webhook-given-up-"
                        + UUID.randomUUID().toString().substring(0, 8)), TestGuides.serbia()), "tester", "test guide");
                TestCaller.ADMIN.signIn("webhook-publisher");
                editorGuides.publish(guide.id(), guide.version(), true);

                long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
                Delivery delivery = null;
                while (System.nanoTime() < end) {
                    TestCaller.ADMIN.signIn("webhook-admin");
                    List<Delivery> all = service.deliveries(webhook.webhook().id(), 10);
                    if (!all.isEmpty() && all.getFirst().status() == DeliveryStatus.FAILED) {
                        delivery = all.getFirst();
                        break;
                    }
                    Thread.sleep(100);
                }

                assertThat(delivery).as("given up").isNotNull();
                // Waits of 300 ms, 600 ms, 1.2 s: three or four attempts fit in two seconds, not ten.
                assertThat(delivery.attempts()).isBetween(2, 5);
                assertThat(delivery.lastStatusCode()).isEqualTo(500);
                assertThat(delivery.lastError()).contains("500");
                int attempts = delivery.attempts();
                Thread.sleep(1500);
                TestCaller.ADMIN.signIn("webhook-admin");
                assertThat(service.deliveries(webhook.webhook().id(), 10).getFirst().attempts()).isEqualTo(attempts);
            } finally {
                TestCaller.ADMIN.signIn("webhook-admin");
                service.remove(webhook.webhook().id());
                SecurityContextHolder.clearContext();
            }
        }
    }
}
