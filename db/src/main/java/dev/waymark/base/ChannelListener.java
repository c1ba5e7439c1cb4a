package dev.waymark.base;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on one PostgreSQL notification channel ({@code LISTEN}) on a connection of its own, on a
 * virtual thread, and calls {@code onChange} for every notification. Notifications sent while the
 * connection was lost are gone, so after every (re)connection {@code onChange} is called once as well:
 * callers forget what they keep, and nothing stays stale after an outage. Holds one connection of the
 * pool for as long as it runs.
 */
public final class ChannelListener implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ChannelListener.class);
    private static final Pattern CHANNEL = Pattern.compile("[a-z_]{1,63}");
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final DataSource dataSource;
    private final String channel;
    private final Runnable onChange;
    private final Thread thread;
    private volatile boolean running = true;

    private ChannelListener(DataSource dataSource, String channel, Runnable onChange) {
        this.dataSource = dataSource;
        this.channel = channel;
        this.onChange = onChange;
        this.thread = Thread.ofVirtual().name("listen-" + channel).unstarted(this::run);
    }

    /**
     * Starts listening.
     *
     * @param channel  a channel name of lower-case letters and underscores
     * @param onChange called on the listener's thread for each notification and after each (re)connection;
     *                 must not block for long
     */
    public static ChannelListener start(DataSource dataSource, String channel, Runnable onChange) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(onChange, "onChange");
        if (!CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("not a channel name: " + channel);
        }
        ChannelListener listener = new ChannelListener(dataSource, channel, onChange);
        listener.thread.start();
        return listener;
    }

    private void run() {
        Duration backoff = Duration.ofMillis(250);
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + channel);
                }
                backoff = Duration.ofMillis(250);
                changed();
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications((int) POLL.toMillis());
                    if (notifications != null && notifications.length > 0) {
                        changed();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                log.warn("Listening on {} failed ({}); trying again in {} ms", channel, e.getMessage(), backoff.toMillis());
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private void changed() {
        try {
            onChange.run();
        } catch (RuntimeException e) {
            log.warn("Handling a change on {} failed", channel, e);
        }
    }

    /** Stops listening and gives the connection back. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
