package dev.waymark.account;

import dev.waymark.base.Check;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Slows down password guessing without ever locking the owner of an account out. Failed sign-ins are counted per
 * username and address together, per address, and per username from anywhere; after some free failures each of the
 * first two makes the next attempt wait, twice as long after every further failure, up to {@code maxDelay}:
 * <ul>
 *   <li><b>username and address</b>: after {@code freeFailures} failures for this username from this address;</li>
 *   <li><b>address</b>: after {@value #ADDRESS_FREE_FACTOR} times as many failures from this address for any username
 *       (one address trying many usernames);</li>
 *   <li><b>username from anywhere</b>: after {@value #USER_FREE_FACTOR} times as many failures for this username from
 *       every address, an address that itself failed for this username waits as well, up to {@code maxUserDelay}
 *       (many addresses guessing one password). It only ever slows down: an address that has not failed for the
 *       username is never held back by it, and the wait is counted from that address's own last failure, so
 *       nothing another address does can keep the owner from signing in.</li>
 * </ul>
 * A refused attempt is not counted (the password is not checked), so waiting is always enough. A successful sign-in
 * forgets that username's failures from that address; counts are forgotten {@code forgetAfter} after their last
 * failure. Kept in memory only, each key as a salted SHA-256 (the salt is random per process), and bounded: beyond
 * {@code maxKeys} the least recently seen keys are forgotten.
 */
public final class LoginThrottle {

    /** An address may fail this many times the free failures, over all usernames, before it waits. */
    static final int ADDRESS_FREE_FACTOR = 3;
    /** A username may fail this many times the free failures, from all addresses, before failed addresses wait. */
    static final int USER_FREE_FACTOR = 5;

    private static final class Failures {
        int count;
        Instant last = Instant.EPOCH;
    }

    private final int freeFailures;
    private final Duration maxDelay;
    private final Duration maxUserDelay;
    private final Duration forgetAfter;
    private final Clock clock;
    private final byte[] salt = new byte[32];
    /** Access-ordered: the least recently seen key comes first. */
    private final LinkedHashMap<String, Failures> failures;

    /**
     * @param freeFailures failures for one username from one address before the first wait; at least 1
     * @param maxDelay the longest wait for one address; positive
     * @param maxUserDelay the longest wait failures from everywhere can add for one username; positive
     * @param forgetAfter how long after its last failure a count is forgotten; positive
     */
    public LoginThrottle(int freeFailures, Duration maxDelay, Duration maxUserDelay, Duration forgetAfter, int maxKeys,
                         Clock clock) {
        Check.that(freeFailures >= 1, "at least one failed sign-in must be free (was " + freeFailures + ")");
        Check.that(maxDelay != null && maxDelay.isPositive(), "the longest wait must be positive (was " + maxDelay + ")");
        Check.that(maxUserDelay != null && maxUserDelay.isPositive(),
                "the longest wait per username must be positive (was " + maxUserDelay + ")");
        Check.that(forgetAfter != null && forgetAfter.isPositive(),
                "the time to forget failures must be positive (was " + forgetAfter + ")");
        Check.that(maxKeys >= 3, "at least three keys must be remembered (was " + maxKeys + ")");
        this.freeFailures = freeFailures;
        this.maxDelay = maxDelay;
        this.maxUserDelay = maxUserDelay;
        this.forgetAfter = forgetAfter;
        this.clock = Check.present(clock, "clock");
        new SecureRandom().nextBytes(salt);
        this.failures = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /**
     * How long this address must still wait before it may try this username; empty when it may try now.
     *
     * @param client the client's address; null when unknown, then it counts as one shared unknown address
     */
    public synchronized Optional<Duration> waitFor(String username, @Nullable String client) {
        Instant now = clock.instant();
        Failures pair = current(pairKey(username, client), now);
        Failures address = current(addressKey(client), now);
        Failures user = current(userKey(username), now);
        Instant until = Instant.EPOCH;
        if (pair != null) {
            until = later(until, pair.last.plus(delay(pair.count, freeFailures, maxDelay)));
            if (user != null) {
                until = later(until, pair.last.plus(delay(user.count, freeFailures * USER_FREE_FACTOR, maxUserDelay)));
            }
        }
        if (address != null) {
            until = later(until, address.last.plus(delay(address.count, freeFailures * ADDRESS_FREE_FACTOR, maxDelay)));
        }
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** Counts a failed sign-in for the username from the address, for the pair, the address and the username. */
    public synchronized void failed(String username, @Nullable String client) {
        Instant now = clock.instant();
        for (String key : new String[] {pairKey(username, client), addressKey(client), userKey(username)}) {
            Failures entry = current(key, now);
            if (entry == null) {
                entry = new Failures();
                failures.put(key, entry);
            }
            entry.count++;
            entry.last = now;
        }
    }

    /**
     * Forgets the username's failures from this address after a successful sign-in. The address's and the
     * username's counts stay: signing in to one's own account must not reset what guesses elsewhere built up.
     */
    public synchronized void succeeded(String username, @Nullable String client) {
        failures.remove(pairKey(username, client));
    }

    /** How many keys are remembered now. */
    synchronized int keys() {
        return failures.size();
    }

    /**
     * No wait for the first {@code free} failures, then 1 s, 2 s, 4 s, ... doubling with every further failure,
     * never more than {@code max}.
     */
    static Duration delay(int count, int free, Duration max) {
        if (count < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(count - free, 30);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    private @Nullable Failures current(String key, Instant now) {
        Failures entry = failures.get(key);
        if (entry != null && !entry.last.plus(forgetAfter).isAfter(now)) {
            failures.remove(key);
            return null;
        }
        return entry;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private String pairKey(String username, @Nullable String client) {
        return key("pair", normalize(username) + "\0" + address(client));
    }

    private String addressKey(@Nullable String client) {
        return key("address", address(client));
    }

    private String userKey(String username) {
        return key("user", normalize(username));
    }

    private static String address(@Nullable String client) {
        return client == null || client.isBlank() ? "unknown" : client.strip();
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
