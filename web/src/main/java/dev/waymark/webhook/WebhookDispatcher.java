package dev.waymark.webhook;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due deliveries from the outbox, on one virtual thread per instance. Each delivery is claimed with
 * {@code FOR UPDATE SKIP LOCKED} in its own transaction that lasts while it is sent, so several instances share the
 * work and never send one delivery twice at the same time; an instance that dies mid-send leaves the row pending for
 * the next one (the receiver may then see it twice: the payload's event id tells). A 2xx answer delivers it; anything
 * else (or no answer within the timeout) is retried after the backoff, until {@code max-age} has passed since the
 * event, then given up. Started and stopped with the application context (or by hand: tests stop it to play a crash).
 */
@Component
public class WebhookDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final Webhooks webhooks;
    private final WebhookSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final HttpClient http;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private volatile @Nullable Thread worker;

    WebhookDispatcher(Webhooks webhooks, WebhookSettings settings, PlatformTransactionManager transactionManager,
                      ObjectProvider<Clock> clock) {
        this.webhooks = webhooks;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public void start() {
        if (!settings.dispatch() || worker != null) {
            return;
        }
        // Assigned before it runs: the loop goes on while it is the current worker.
        Thread thread = Thread.ofVirtual().name("webhook-dispatcher").unstarted(this::run);
        worker = thread;
        thread.start();
    }

    /** Lets the delivery being sent finish (within the timeout), then stops; what is left stays pending. */
    @Override
    public void stop() {
        Thread running = worker;
        worker = null;
        if (running != null) {
            wakeUp();
            try {
                if (!running.join(settings.timeout().plusSeconds(5))) {
                    running.interrupt();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    /** Looks for due deliveries now instead of at the next poll. */
    public void wakeUp() {
        lock.lock();
        try {
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        while (worker == Thread.currentThread()) {
            try {
                while (worker == Thread.currentThread() && sendNext()) {
                    // Sends everything due before sleeping.
                }
                lock.lock();
                try {
                    wake.await(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                } finally {
                    lock.unlock();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // The database may be away for a while: try again at the next poll.
                log.warn("Webhook deliveries could not be read: {}", e.toString());
                try {
                    Thread.sleep(settings.pollInterval().toMillis());
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }
    }

    /** Sends one due delivery; false when none is due. */
    boolean sendNext() {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            Optional<Webhooks.DueDelivery> due = webhooks.claimNext(clock.instant());
            due.ifPresent(this::send);
            return due.isPresent();
        }));
    }

    private void send(Webhooks.DueDelivery due) {
        Delivery delivery = due.delivery();
        Instant now = clock.instant();
        Integer statusCode = null;
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(due.url())
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Waymark-Webhooks/1")
                    .header("Waymark-Event", delivery.event().key())
                    .header("Waymark-Delivery", delivery.id().toString())
                    .header("Waymark-Signature", WebhookSignature.header(due.secret(), now.getEpochSecond(),
                            delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            statusCode = response.statusCode();
            if (statusCode / 100 != 2) {
                error = "the receiver answered " + statusCode;
            }
        } catch (IOException e) {
            error = "no answer: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "stopped while sending";
        }
        Instant after = clock.instant();
        if (error == null) {
            webhooks.recordAttempt(delivery.id(), DeliveryStatus.DELIVERED, statusCode, null, after, after);
            return;
        }
        Instant next = after.plus(settings.backoff(delivery.attempts() + 1));
        boolean giveUp = next.isAfter(delivery.createdAt().plus(settings.maxAge()));
        webhooks.recordAttempt(delivery.id(), giveUp ? DeliveryStatus.FAILED : DeliveryStatus.PENDING, statusCode,
                error, after, next);
        log.info("Webhook delivery {} ({}) to {} failed, attempt {}: {}{}", delivery.id(), delivery.event().key(),
                due.url().getHost(), delivery.attempts() + 1, error, giveUp ? "; given up" : "; retried at " + next);
    }
}
