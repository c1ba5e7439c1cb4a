package dev.waymark.operator;

import dev.waymark.base.ChannelListener;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.OperatorCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Every operator, loaded once and kept in memory: a cache in front of {@link Operators}, used by the services that
 * serve readers (which say who may call them; views and the API go through those services, never here). Readers'
 * pages, the API and search name operators on every request, and reading and parsing the list each time cost a
 * quarter of a search. The list is reloaded when
 * PostgreSQL announces a change (V10's trigger notifies {@code waymark_operators}; every instance listens) and
 * after the listening connection comes back from an outage, so a change made through any instance reaches all.
 * Readers' published pages do not wait for the notice: they ask for the list at the change count read with the
 * guide's row ({@link #snapshot(long)}), so a rename shows on the very next request through every instance.
 */
@Component
public class OperatorDirectory implements SmartLifecycle {

    /**
     * The operators at one moment.
     *
     * @param byCode      every operator by code, by country then name; unmodifiable
     * @param fingerprint changes whenever any operator does, the same on every instance for the same list
     * @param lastChanged when an operator was last added or changed; null when there are none
     * @param generation  the count of operator changes (V14) when the list was read; the list holds at least those
     */
    public record Snapshot(Map<OperatorCode, Operator> byCode, String fingerprint, @Nullable Instant lastChanged,
                           long generation) {

        /** The operators of {@code country}, by name. */
        public List<Operator> inCountry(CountryCode country) {
            return byCode.values().stream().filter(operator -> operator.country().equals(country)).toList();
        }
    }

    private final Operators operators;
    private final DataSource dataSource;
    private final AtomicReference<@Nullable Snapshot> current = new AtomicReference<>();
    private volatile @Nullable ChannelListener listener;

    public OperatorDirectory(Operators operators, DataSource dataSource) {
        this.operators = operators;
        this.dataSource = dataSource;
    }

    /** The operators now, loaded on first use. Never null. */
    public Snapshot snapshot() {
        Snapshot snapshot = current.get();
        return snapshot != null ? snapshot : loadOnce();
    }

    /**
     * The operators with at least the changes counted in {@code generation} ({@link Operators#generation()}, read in
     * the caller's request): loaded again first when the kept list is older, so a change made through any instance
     * shows on the next request even before its notice arrives. Never null.
     */
    public Snapshot snapshot(long generation) {
        Snapshot snapshot = snapshot();
        return snapshot.generation() >= generation ? snapshot : reloadIfBefore(generation);
    }

    /** The operators now, asking the database how many changes there were (one row): as {@link #snapshot(long)}. */
    public Snapshot freshSnapshot() {
        return snapshot(operators.generation());
    }

    private synchronized Snapshot reloadIfBefore(long generation) {
        Snapshot snapshot = current.get();
        if (snapshot == null || snapshot.generation() < generation) {
            snapshot = load();
            current.set(snapshot);
        }
        return snapshot;
    }

    /** Loads unless another caller just did; a change announced meanwhile waits, so it is never lost. */
    private synchronized Snapshot loadOnce() {
        Snapshot snapshot = current.get();
        if (snapshot == null) {
            snapshot = load();
            current.set(snapshot);
        }
        return snapshot;
    }

    private Snapshot load() {
        // The count first: the list read after it holds at least the changes it counts.
        long generation = operators.generation();
        Map<OperatorCode, Operator> byCode = new LinkedHashMap<>();
        MessageDigest digest = sha256();
        for (Operator operator : operators.all()) {
            byCode.put(operator.code(), operator);
            digest.update(operator.toString().getBytes(StandardCharsets.UTF_8));
        }
        return new Snapshot(Collections.unmodifiableMap(byCode),
                HexFormat.of().formatHex(digest.digest(), 0, 8), operators.lastChanged().orElse(null), generation);
    }

    /**
     * Forgets the list (after a load under way has finished); the next caller loads it again. Called on the notice,
     * and by the registry after its own changes commit, so this instance's next request sees them at once.
     */
    synchronized void invalidate() {
        current.set(null);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void start() {
        listener = ChannelListener.start(dataSource, "waymark_operators", this::invalidate);
    }

    @Override
    public void stop() {
        ChannelListener running = listener;
        if (running != null) {
            running.close();
            listener = null;
        }
    }

    @Override
    public boolean isRunning() {
        return listener != null;
    }
}
