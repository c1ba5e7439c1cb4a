package dev.waymark.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hard stop for real: the application runs as its own process (this test's class path) on an embedded PostgreSQL in
 * a fresh folder, is killed with SIGKILL ({@code kill -9}), which leaves its PostgreSQL running, and is started again
 * on the same folder: it stops the left-over server, says so in one log line, and comes up ready.
 */
class HardStopTest {

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

    @TempDir
    Path folder;

    private final List<Process> started = new ArrayList<>();

    /** One running application and what it has logged so far. */
    private record App(Process process, List<String> log, int port) {
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (Process process : started) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        postgresOf(folder.resolve("pg")).ifPresent(ProcessHandle::destroy);
    }

    private App start() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "dev.waymark.WaymarkApplication", "--server.port=0", "--spring.main.banner-mode=off",
                "--waymark.embedded-db.directory=" + folder.resolve("pg"), "--waymark.seed.enabled=false",
                "--waymark.admin-password=hard stop test password", "--vaadin.devmode.devTools.enabled=false")
                .directory(Path.of("").toAbsolutePath().toFile()).redirectErrorStream(true).start();
        started.add(process);
        List<String> log = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    log.add(line);
                }
            } catch (IOException e) {
                // the process is gone
            }
        });
        reader.setDaemon(true);
        reader.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (log.stream().anyMatch(line -> line.contains("Started WaymarkApplication"))) {
                int port = log.stream().map(PORT::matcher).filter(Matcher::find).map(m -> Integer.parseInt(m.group(1)))
                        .findFirst().orElseThrow();
                return new App(process, log, port);
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the application did not start; its log ends:\n"
                + String.join("\n", log.subList(Math.max(0, log.size() - 60), log.size())));
    }

    /**
     * The readiness status, once it is 200 or after 30 s: the app turns ready just after it logs that it started
     * (the application-ready event comes after that line), so the first answer may still be 503.
     */
    private static int readiness(int port) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        int status;
        do {
            status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                Thread.sleep(200);
            }
        } while (status != 200 && Instant.now().isBefore(deadline));
        return status;
    }

    /** The live PostgreSQL that the {@code postmaster.pid} of a data folder names, if any. */
    private static Optional<ProcessHandle> postgresOf(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    }

    @Test
    void after_kill_9_the_next_start_stops_the_left_over_postgresql_says_so_and_comes_up() throws Exception {
        App first = start();
        assertThat(readiness(first.port())).isEqualTo(200);
        ProcessHandle leftOver = postgresOf(folder.resolve("pg")).orElseThrow();

        first.process().destroyForcibly();
        assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(500);
        assertThat(leftOver.isAlive()).as("kill -9 leaves the embedded PostgreSQL running").isTrue();

        App second = start();

        assertThat(readiness(second.port())).isEqualTo(200);
        assertThat(second.log()).filteredOn(line -> line.contains("was still running (pid " + leftOver.pid() + ")"))
                .hasSize(1);
        assertThat(leftOver.isAlive()).isFalse();
        assertThat(second.log()).noneMatch(line -> line.contains("Exception"));
    }
}
