package dev.waymark.account;

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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Slows down password guessing: after {@code maxFailures} failed sign-ins within {@code window}, for one
 * username or from one client address, every further attempt for that username or from that client is
 * refused for {@code lock}, without checking the password. Kept in memory only, each key as a salted
 * SHA-256 (the salt is random per process), and bounded: beyond {@code maxKeys} the least recently seen
 * keys are forgotten.
 */
public final class LoginThrottle {

    private static final class Attempts {
        final ArrayDeque<Instant> failures = new ArrayDeque<>();
        @Nullable Instant lockedUntil;
    }

    private final int maxFailures;
    private final Duration window;
    private final Duration lock;
    private final Clock clock;
    private final byte[] salt = new byte[32];
    /** Access-ordered: the least recently seen key comes first. */
    private final LinkedHashMap<String, Attempts> attempts;

    public LoginThrottle(int maxFailures, Duration window, Duration lock, int maxKeys, Clock clock) {
        Check.that(maxFailures >= 1, "at least one failed sign-in must be allowed (was " + maxFailures + ")");
        Check.that(window != null && window.isPositive(), "the failure window must be positive (was " + window + ")");
        Check.that(lock != null && lock.isPositive(), "the lock period must be positive (was " + lock + ")");
        Check.that(maxKeys >= 2, "at least two keys must be remembered (was " + maxKeys + ")");
        this.maxFailures = maxFailures;
        this.window = window;
        this.lock = lock;
        this.clock = Check.present(clock, "clock");
        new SecureRandom().nextBytes(salt);
        this.attempts = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Attempts> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /**
     * How long sign-ins for this username or from this client stay refused; empty when they are allowed.
     *
     * @param client the client's address; null when unknown, then only the username counts
     */
    public synchronized Optional<Duration> lockedFor(String username, @Nullable String client) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (String key : keys(username, client)) {
            Attempts entry = attempts.get(key);
            if (entry != null && entry.lockedUntil != null && entry.lockedUntil.isAfter(now)) {
                Duration left = Duration.between(now, entry.lockedUntil);
                longest = left.compareTo(longest) > 0 ? left : longest;
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    /** Counts a failed sign-in against the username and the client; the one that reaches the limit is locked. */
    public synchronized void failed(String username, @Nullable String client) {
        Instant now = clock.instant();
        Instant horizon = now.minus(window);
        for (String key : keys(username, client)) {
            Attempts entry = attempts.computeIfAbsent(key, k -> new Attempts());
            while (!entry.failures.isEmpty() && !entry.failures.peekFirst().isAfter(horizon)) {
                entry.failures.pollFirst();
            }
            entry.failures.addLast(now);
            if (entry.failures.size() >= maxFailures) {
                entry.lockedUntil = now.plus(lock);
                entry.failures.clear();
            }
        }
    }

    /**
     * Forgets the username's failures after a successful sign-in. The client's stay: signing in to one's own
     * account must not reset a count that guesses at other accounts built up.
     */
    public synchronized void succeeded(String username) {
        attempts.remove(key("user", normalize(username)));
    }

    /** How many keys are remembered now. */
    synchronized int keys() {
        return attempts.size();
    }

    private String[] keys(String username, @Nullable String client) {
        String user = key("user", normalize(username));
        return client == null || client.isBlank() ? new String[] {user} : new String[] {user, key("client", client.strip())};
    }

    private static String normalize(@Nullable String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private String key(String kind, String value) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(kind.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
