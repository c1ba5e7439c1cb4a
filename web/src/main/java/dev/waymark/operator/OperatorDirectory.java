package dev.waymark.operator;

import dev.waymark.base.ChannelListener;
import dev.waymark.guide.OperatorCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
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
 */
@Component
public class OperatorDirectory implements SmartLifecycle {

    /**
     * The operators at one moment.
     *
     * @param byCode      every operator by code, by country then name; unmodifiable
     * @param fingerprint changes whenever any operator does, the same on every instance for the same list
     * @param lastChanged when an operator was last added or changed; null when there are none
     */
    public record Snapshot(Map<OperatorCode, Operator> byCode, String fingerprint, @Nullable Instant lastChanged) {
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
        Map<OperatorCode, Operator> byCode = new LinkedHashMap<>();
        MessageDigest digest = sha256();
        for (Operator operator : operators.all()) {
            byCode.put(operator.code(), operator);
            digest.update(operator.toString().getBytes(StandardCharsets.UTF_8));
        }
        return new Snapshot(Collections.unmodifiableMap(byCode),
                HexFormat.of().formatHex(digest.digest(), 0, 8), operators.lastChanged().orElse(null));
    }

    /** Forgets the list (after a load under way has finished); the next caller loads it again. */
    private synchronized void invalidate() {
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
