package dev.waymark.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A throw-away PostgreSQL server from an installed distribution (Debian's {@code postgresql-15}, say),
 * with the client tools of the same version: initdb into a temporary directory, started on a free
 * loopback port with password authentication. The embedded test PostgreSQL ships no pg_dump, and a
 * pg_dump refuses servers newer than itself, hence a server of its own.
 *
 * <p>PostgreSQL refuses to run as root: when the tests run as root, the server runs as the
 * {@code postgres} user through {@code runuser}.
 */
final class LocalPostgresServer implements AutoCloseable {

    /** Where Debian installs PostgreSQL 15; {@code -Dwaymark.test.pgBin=...} picks another. */
    static final Path DEFAULT_BIN = Path.of("/usr/lib/postgresql/15/bin");

    static final String USER = "waymark";
    static final String PASSWORD = "backup-test-secret";

    private static final List<String> TOOLS = List.of("initdb", "pg_ctl", "postgres", "pg_dump", "pg_restore", "psql");
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final Path bin;
    private final Path dir;
    private final Path data;
    private final int port;
    private final List<String> runAs;

    private LocalPostgresServer(Path bin, Path dir, int port, List<String> runAs) {
        this.bin = bin;
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
        this.runAs = runAs;
    }

    static Path bin() {
        return Path.of(System.getProperty("waymark.test.pgBin", DEFAULT_BIN.toString()));
    }

    /** Null when the server and tools can be run here, else why not. */
    static String whyUnavailable(Path bin) {
        for (String tool : TOOLS) {
            if (!Files.isExecutable(bin.resolve(tool))) {
                return "no " + bin.resolve(tool) + ": install postgresql-15 and postgresql-client-15 "
                        + "(apt-get install postgresql-15 postgresql-client-15; .ci/run does) "
                        + "or point -Dwaymark.test.pgBin at another PostgreSQL bin directory";
            }
        }
        if (runningAsRoot() && !Files.isExecutable(Path.of("/usr/sbin/runuser")) && !Files.isExecutable(Path.of("/sbin/runuser"))) {
            return "running as root, and PostgreSQL refuses root: runuser is needed to run it as the postgres user";
        }
        return null;
    }

    static LocalPostgresServer start(Path bin) {
        try {
            Path dir = Files.createTempDirectory("waymark-backup-pg");
            List<String> runAs = List.of();
            if (runningAsRoot()) {
                UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
                Files.setOwner(dir, postgres);
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
                runAs = List.of("runuser", "-u", "postgres", "--");
            }
            Path passwordFile = dir.resolve("password");
            Files.writeString(passwordFile, PASSWORD + "\n");
            if (runningAsRoot()) {
                Files.setOwner(passwordFile, Files.getOwner(dir));
            }
            LocalPostgresServer server = new LocalPostgresServer(bin, dir, freePort(), runAs);
            server.initAndStart(passwordFile);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare a PostgreSQL data directory", e);
        }
    }

    private void initAndStart(Path passwordFile) {
        run(command("initdb", "-D", data.toString(), "-U", USER, "--pwfile=" + passwordFile,
                "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"));
        run(command("pg_ctl", "-D", data.toString(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off",
                "start"));
    }

    int port() {
        return port;
    }

    /** The environment scripts/backup and scripts/restore read to reach {@code database} on this server. */
    Map<String, String> scriptEnvironment(String database) {
        return Map.of(
                "PG_BIN", bin.toString(),
                "WAYMARK_DB_HOST", "127.0.0.1",
                "WAYMARK_DB_PORT", Integer.toString(port),
                "WAYMARK_DB_NAME", database,
                "WAYMARK_DB_USER", USER,
                "WAYMARK_DB_PASSWORD", PASSWORD);
    }

    DataSource dataSource(String database) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setServerNames(new String[] {"127.0.0.1"});
        source.setPortNumbers(new int[] {port});
        source.setDatabaseName(database);
        source.setUser(USER);
        source.setPassword(PASSWORD);
        return source;
    }

    void createDatabase(String name) {
        try (var connection = dataSource("postgres").getConnection(); var statement = connection.createStatement()) {
            statement.execute("create database \"" + name + "\"");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
    }

    @Override
    public void close() {
        try {
            run(command("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop"));
        } finally {
            deleteRecursively(dir);
        }
    }

    private List<String> command(String tool, String... arguments) {
        List<String> command = new ArrayList<>(runAs);
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(arguments));
        return command;
    }

    private void run(List<String> command) {
        ProcessResult result = ProcessResult.run(command, Map.of(), dir, TIMEOUT);
        if (result.exitCode() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + result.exitCode() + "):\n"
                    + result.output() + serverLog());
        }
    }

    private String serverLog() {
        try {
            Path log = dir.resolve("server.log");
            return Files.exists(log) ? "\nserver log:\n" + Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is not worth failing a test for
        }
    }

    /** A finished process: its exit code, standard output and standard error. */
    record ProcessResult(int exitCode, String stdout, String stderr) {

        String output() {
            return stdout + stderr;
        }

        static ProcessResult run(List<String> command, Map<String, String> environment, Path workingDirectory,
                                 Duration timeout) {
            try {
                Path out = Files.createTempFile("waymark-process", ".out");
                Path err = Files.createTempFile("waymark-process", ".err");
                try {
                    ProcessBuilder builder = new ProcessBuilder(command)
                            .directory(workingDirectory.toFile())
                            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                            .redirectOutput(out.toFile())
                            .redirectError(err.toFile());
                    builder.environment().putAll(environment);
                    Process process = builder.start();
                    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                        process.destroyForcibly();
                        throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeout);
                    }
                    return new ProcessResult(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                            Files.readString(err, StandardCharsets.UTF_8));
                } finally {
                    Files.deleteIfExists(out);
                    Files.deleteIfExists(err);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not run " + command, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while running " + command, e);
            }
        }
    }
}
