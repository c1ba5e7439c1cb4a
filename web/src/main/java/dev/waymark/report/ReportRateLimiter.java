package dev.waymark.report;

import dev.waymark.base.Check;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Allows each client at most {@code perClient} reports in any sliding {@code window}. Clients are known
 * only by a salted SHA-256 of their key (the salt is random per process and never leaves it), kept in
 * memory only. Memory stays bounded: clients idle for a whole window are forgotten, and beyond
 * {@code maxClients} the least recently seen are.
 */
public final class ReportRateLimiter {

    private final int perClient;
    private final Duration window;
    private final Clock clock;
    private final byte[] salt = new byte[32];
    /** Access-ordered: the least recently seen client comes first. */
    private final LinkedHashMap<String, ArrayDeque<Instant>> recent;

    public ReportRateLimiter(int perClient, Duration window, int maxClients, Clock clock) {
        Check.that(perClient >= 1, "a client must be allowed at least one report (was " + perClient + ")");
        Check.that(window != null && window.isPositive(), "the rate-limit window must be positive (was " + window + ")");
        Check.that(maxClients >= 1, "at least one client must be remembered (was " + maxClients + ")");
        this.perClient = perClient;
        this.window = window;
        this.clock = Check.present(clock, "clock");
        new SecureRandom().nextBytes(salt);
        this.recent = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ArrayDeque<Instant>> eldest) {
                return size() > maxClients;
            }
        };
    }

    /**
     * Counts one report by the client, or throws when it has had its share of the window; a refused
     * attempt is not counted.
     *
     * @param clientKey what identifies the client, such as its address; only a salted hash of it is kept
     * @throws RateLimitedException when the client reached the limit, saying when it may report again
     */
    public synchronized void acquire(String clientKey) {
        Instant now = clock.instant();
        Instant horizon = now.minus(window);
        forgetIdle(horizon);
        ArrayDeque<Instant> times = recent.computeIfAbsent(hash(clientKey), key -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.pollFirst();
        }
        if (times.size() >= perClient) {
            throw new RateLimitedException(perClient, window, Duration.between(horizon, times.peekFirst()));
        }
        times.addLast(now);
    }

    /** How many clients are remembered now. */
    synchronized int clients() {
        return recent.size();
    }

    /** Drops the least recently seen clients whose latest report left the window, up to the first still active. */
    private void forgetIdle(Instant horizon) {
        Iterator<ArrayDeque<Instant>> clients = recent.values().iterator();
        while (clients.hasNext()) {
            Instant latest = clients.next().peekLast();
            if (latest != null && latest.isAfter(horizon)) {
                return;
            }
            clients.remove();
        }
    }

    private String hash(String clientKey) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return HexFormat.of().formatHex(sha.digest(clientKey.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
