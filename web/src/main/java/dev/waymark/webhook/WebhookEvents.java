package dev.waymark.webhook;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Announces an event to the webhooks listening to it: writes one delivery per webhook into the outbox, in the
 * transaction of the change it announces (and refuses to run without one). The dispatcher sends them after the commit;
 * a change rolled back takes its deliveries with it. Not a service for views: the code that made the change calls it.
 */
@Component
public class WebhookEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Webhooks webhooks;
    private final ObjectProvider<WebhookDispatcher> dispatcher;
    private final Clock clock;

    WebhookEvents(Webhooks webhooks, ObjectProvider<WebhookDispatcher> dispatcher, ObjectProvider<Clock> clock) {
        this.webhooks = webhooks;
        this.dispatcher = dispatcher;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Queues {@code event} with {@code data} as the payload's {@code data}:
     * {@code {"id": <event id>, "type": "guide.published", "createdAt": "...", "data": {...}}}.
     *
     * @return how many webhooks will be told
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int announce(WebhookEvent event, Map<String, ?> data) {
        UUID id = UUID.randomUUID();
        var now = clock.instant();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", id.toString());
        payload.put("type", event.key());
        payload.put("createdAt", now.toString());
        payload.put("data", data);
        int queued = webhooks.enqueue(event, id, JSON.writeValueAsString(payload), now);
        if (queued > 0 && TransactionSynchronizationManager.isSynchronizationActive()) {
            // Sent right after the commit rather than at the next poll.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatcher.ifAvailable(WebhookDispatcher::wakeUp);
                }
            });
        }
        return queued;
    }
}
