package dev.waymark.base;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL outlives a hard stop of the application ({@code kill -9}, a power cut of the JVM only): it
 * runs on, detached, holding its data folder, and the next start could not start another on the same folder. Before
 * the embedded database starts, this finds such a server by the {@code postmaster.pid} in the data folder and stops it,
 * but only when that process is alive, is a {@code postgres} and serves exactly this data folder; anything else is left
 * alone (a stale file of a dead server is PostgreSQL's own business: it replaces it).
 */
final class StalePostgres {

    private static final Logger log = LoggerFactory.getLogger(StalePostgres.class);
    private static final Duration FAST_STOP = Duration.ofSeconds(30);

    private StalePostgres() {
    }

    /**
     * Stops the PostgreSQL left running on {@code dataDirectory}, if there is one, and says so in one log line.
     *
     * @return the process id of the server stopped; empty when there was none
     * @throws IllegalStateException when such a server is found but does not stop
     */
    static Optional<Long> stopIfRunning(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.size() < 2 || !lines.get(0).strip().matches("[0-9]{1,10}")) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).strip());
        if (!sameFolder(Path.of(lines.get(1).strip()), dataDirectory)) {
            return Optional.empty();
        }
        Optional<ProcessHandle> found = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(process -> isPostgresOf(process, dataDirectory));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ProcessHandle server = found.get();
        // SIGTERM: PostgreSQL's "smart" shutdown; the clients it waits for died with the application.
        server.destroy();
        try {
            server.onExit().get(FAST_STOP.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The embedded PostgreSQL of " + dataDirectory + " (pid " + pid
                    + ") was left running by an earlier start and did not stop within " + FAST_STOP.toSeconds()
                    + " s; stop it (kill " + pid + ") and start again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the embedded PostgreSQL (pid " + pid + ")", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not wait for the embedded PostgreSQL (pid " + pid + ") to stop", e);
        }
        log.warn("The embedded PostgreSQL of {} was still running (pid {}) after Waymark stopped without shutting it"
                + " down; stopped it, starting afresh", dataDirectory, pid);
        return Optional.of(pid);
    }

    /** A {@code postgres} executable, started with {@code -D} for this folder when its arguments can be read. */
    private static boolean isPostgresOf(ProcessHandle process, Path dataDirectory) {
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().map(command -> Path.of(command).getFileName().toString().equals("postgres"))
                .orElse(false);
        if (!postgres) {
            return false;
        }
        Optional<String[]> arguments = info.arguments();
        if (arguments.isEmpty()) {
            return true;
        }
        String[] args = arguments.get();
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("-D")) {
                return sameFolder(Path.of(args[i + 1]), dataDirectory);
            }
        }
        return false;
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
