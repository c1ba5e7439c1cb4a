package dev.waymark.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waymark.deploy.LocalPostgresServer.ProcessResult;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.JdbcGuides;
import dev.waymark.guide.Language;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.Revision;
import dev.waymark.guide.RevisionSummary;
import dev.waymark.operator.JdbcOperators;
import dev.waymark.picture.JdbcPictures;
import dev.waymark.picture.NewPicture;
import dev.waymark.picture.PictureCodec;
import dev.waymark.picture.PictureCorpus;
import dev.waymark.picture.PictureFormat;
import dev.waymark.picture.PictureHash;
import dev.waymark.seed.SeedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * scripts/backup and scripts/restore, run as an operator would, against a real PostgreSQL server with
 * its own pg_dump and pg_restore: a filled database comes back identical, row for row, in an empty one,
 * and the migrations then find nothing to do.
 */
class BackupRestoreTest {

    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(2);

    private static LocalPostgresServer server;
    private static Path root;
    private static int databases;
    private static String unavailable;

    @TempDir
    Path temp;

    @BeforeAll
    static void startServerAndFillSource() {
        unavailable = LocalPostgresServer.whyUnavailable(LocalPostgresServer.bin());
        if (unavailable != null) {
            System.err.println("BackupRestoreTest skipped: " + unavailable);
            return;
        }
        root = repositoryRoot();
        server = LocalPostgresServer.start(LocalPostgresServer.bin());
        server.createDatabase("source");
        fill(server.dataSource("source"));
    }

    /** Each test is reported as skipped, with the reason, when there is no PostgreSQL with pg_dump here. */
    @BeforeEach
    void needsServer() {
        Assumptions.assumeTrue(unavailable == null, () -> "skipped: " + unavailable);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void a_restored_backup_holds_every_guide_and_revision_and_needs_no_migration() throws IOException {
        Path dump = temp.resolve("nested/waymark.dump");
        ProcessResult backup = script("backup", "source", dump.toString());
        assertThat(backup.exitCode()).as(backup.output()).isZero();
        assertThat(backup.stdout().strip()).isEqualTo(dump.toString());
        assertThat(backup.stderr()).contains("Backup written: " + dump).contains(Files.size(dump) + " bytes");
        assertThat(Files.readAllBytes(dump)).startsWith("PGDMP".getBytes());

        String target = newDatabase();
        ProcessResult restore = script("restore", target, dump.toString());
        assertThat(restore.exitCode()).as(restore.output()).isZero();
        assertThat(restore.stderr()).contains("start the app").contains("nothing to do");

        assertSameContent(server.dataSource("source"), server.dataSource(target));

        MigrateResult migrated = flyway(server.dataSource(target)).migrate();
        assertThat(migrated.migrationsExecuted).as("migrations applied after the restore").isZero();
        flyway(server.dataSource(target)).validate();

        // Constraints, triggers and identity sequences came along too.
        JdbcClient restored = JdbcClient.create(server.dataSource(target));
        assertThatThrownBy(() -> restored.sql("update guide_revision set author = 'someone'").update())
                .hasMessageContaining("immutable");
        long maxReport = restored.sql("select max(id) from reader_report").query(Long.class).single();
        long newReport = restored.sql("""
                insert into reader_report (guide_id, revision, kind) select guide_id, number, 'HELPFUL'
                  from guide_revision limit 1 returning id
                """).query(Long.class).single();
        assertThat(newReport).isGreaterThan(maxReport);
    }

    @Test
    void restore_refuses_a_database_holding_the_schema_unless_forced() {
        Path dump = temp.resolve("waymark.dump");
        assertThat(script("backup", "source", dump.toString()).exitCode()).isZero();
        String target = newDatabase();
        DataSource targetData = server.dataSource(target);
        flyway(targetData).migrate();
        JdbcClient.create(targetData).sql("""
                insert into operator (code, country, name, data) values ('xx-local', 'XX', 'Only here', '{}')
                """).update();

        ProcessResult refused = script("restore", target, dump.toString());
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.stderr()).contains("already holds a Waymark schema").contains("--force");
        assertThat(JdbcClient.create(targetData).sql("select count(*) from guide").query(Long.class).single())
                .as("nothing restored").isZero();

        ProcessResult forced = script("restore", target, "--force", dump.toString());
        assertThat(forced.exitCode()).as(forced.output()).isZero();
        assertSameContent(server.dataSource("source"), targetData);
        assertThat(flyway(targetData).migrate().migrationsExecuted).isZero();
    }

    @Test
    void with_compose_the_tools_of_the_db_container_do_the_work() throws IOException {
        // A stand-in for `docker compose exec -T db ...`: runs the command here, with the environment the
        // db container has (POSTGRES_USER, POSTGRES_DB) and its PostgreSQL tools on the PATH.
        Path fakeBin = Files.createDirectories(temp.resolve("fake-bin"));
        Path calls = temp.resolve("docker-calls");
        Path docker = fakeBin.resolve("docker");
        Files.writeString(docker, """
                #!/usr/bin/env bash
                echo "docker $*" >> "$FAKE_DOCKER_CALLS"
                [ "$1" = compose ] || exit 1
                case "$2" in
                  version) echo "Docker Compose (test stand-in)"; exit 0 ;;
                  exec) [ "$3" = -T ] && [ "$4" = db ] || exit 1; shift 4; exec "$@" ;;
                  *) exit 1 ;;
                esac
                """);
        docker.toFile().setExecutable(true);

        Path dump = temp.resolve("compose.dump");
        ProcessResult backup = composeScript("source", calls, fakeBin, "backup", "--compose", dump.toString());
        assertThat(backup.exitCode()).as(backup.output()).isZero();
        assertThat(backup.stderr()).contains("Compose service db");

        String target = newDatabase();
        ProcessResult restore = composeScript(target, calls, fakeBin, "restore", "--compose", dump.toString());
        assertThat(restore.exitCode()).as(restore.output()).isZero();
        assertThat(restore.stderr()).contains("docker compose up -d");
        assertSameContent(server.dataSource("source"), server.dataSource(target));

        ProcessResult refused = composeScript(target, calls, fakeBin, "restore", "--compose", dump.toString());
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.stderr()).contains("already holds a Waymark schema");

        assertThat(Files.readAllLines(calls))
                .anyMatch(call -> call.startsWith("docker compose exec -T db sh -c") && call.contains("pg_dump --format=custom"))
                .anyMatch(call -> call.startsWith("docker compose exec -T db sh -c") && call.contains("pg_restore --exit-on-error"));
    }

    private ProcessResult composeScript(String database, Path calls, Path fakeBin, String name, String... arguments) {
        Map<String, String> environment = new HashMap<>();
        environment.put("PATH", fakeBin + ":" + LocalPostgresServer.bin() + ":" + System.getenv("PATH"));
        environment.put("FAKE_DOCKER_CALLS", calls.toString());
        environment.put("POSTGRES_USER", LocalPostgresServer.USER);
        environment.put("POSTGRES_DB", database);
        environment.put("PGHOST", "127.0.0.1");
        environment.put("PGPORT", Integer.toString(server.port()));
        environment.put("PGPASSWORD", LocalPostgresServer.PASSWORD);
        List<String> command = new ArrayList<>();
        command.add(root.resolve("scripts/" + name).toString());
        command.addAll(List.of(arguments));
        return ProcessResult.run(command, environment, temp, SCRIPT_TIMEOUT);
    }

    @Test
    void backup_never_overwrites_a_file() throws IOException {
        Path existing = temp.resolve("existing.dump");
        Files.writeString(existing, "an older backup");

        ProcessResult result = script("backup", "source", existing.toString());

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).contains(existing + " exists already");
        assertThat(Files.readString(existing)).isEqualTo("an older backup");
        try (var files = Files.list(temp)) {
            assertThat(files).as("no partial dump left behind").containsExactly(existing);
        }
    }

    @Test
    void backup_without_a_file_writes_a_dated_file_under_backups() throws IOException {
        Map<String, String> environment = new HashMap<>(server.scriptEnvironment("source"));
        environment.put("WAYMARK_BACKUP_DIR", temp.resolve("backups").toString());

        ProcessResult result = LocalPostgresServer.ProcessResult.run(
                List.of(root.resolve("scripts/backup").toString()), environment, root, SCRIPT_TIMEOUT);

        assertThat(result.exitCode()).as(result.output()).isZero();
        Path written = Path.of(result.stdout().strip());
        assertThat(written.getParent()).isEqualTo(temp.resolve("backups"));
        assertThat(written.getFileName().toString()).matches("waymark-\\d{8}-\\d{6}\\.dump");
        assertThat(Files.size(written)).isPositive();
    }

    @Test
    void scripts_explain_what_is_wrong() {
        ProcessResult missing = script("restore", "source", temp.resolve("no-such.dump").toString());
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.stderr()).contains("no-such.dump not found");

        Map<String, String> wrongBin = new HashMap<>(server.scriptEnvironment("source"));
        wrongBin.put("PG_BIN", temp.resolve("nowhere").toString());
        ProcessResult noTools = LocalPostgresServer.ProcessResult.run(
                List.of(root.resolve("scripts/backup").toString(), temp.resolve("a.dump").toString()),
                wrongBin, root, SCRIPT_TIMEOUT);
        assertThat(noTools.exitCode()).isNotZero();
        assertThat(noTools.stderr()).contains("pg_dump not found");

        ProcessResult notADump = script("restore", "source", root.resolve("README.md").toString());
        assertThat(notADump.exitCode()).isNotZero();
        assertThat(notADump.stderr()).contains("is not a backup pg_restore can read");

        for (String name : List.of("backup", "restore")) {
            ProcessResult help = LocalPostgresServer.ProcessResult.run(
                    List.of(root.resolve("scripts/" + name).toString(), "--help"), Map.of(), root, SCRIPT_TIMEOUT);
            assertThat(help.exitCode()).isZero();
            assertThat(help.stdout()).startsWith("Usage: scripts/" + name).contains("--compose");
        }
    }

    /** Seed guides and operators as the app loads them, then more revisions, reports, users and audit events. */
    private static void fill(DataSource source) {
        flyway(source).migrate();
        JdbcClient jdbc = JdbcClient.create(source);
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(source));
        JdbcGuides guides = new JdbcGuides(jdbc, transactions);
        JdbcOperators operators = new JdbcOperators(jdbc);
        assertThat(new SeedData(guides, operators, transactions).loadIfEmpty()).isPositive();

        List<UUID> ids = jdbc.sql("select id from guide order by slug").query(UUID.class).list();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(2);
        // One guide edited and published again: readers see revision 3.
        Guide first = guides.find(new GuideId(ids.get(0))).orElseThrow();
        Guide edited = guides.save(first.edit(first.content().withTitle(
                first.content().title().with(Language.EN, "Edited before the backup"))),
                "editor", "A new title, 注销 kept");
        guides.save(edited.publish(), "editor", "Publish the new title");
        // Another with a draft on top of its published revision.
        Guide second = guides.find(new GuideId(ids.get(1))).orElseThrow();
        guides.save(second.edit(second.content().withTitle(
                second.content().title().with(Language.ZH_CN, "备份前的草稿"))),
                "editor", "Draft, not published");

        jdbc.sql("""
                insert into reader_report (guide_id, revision, way, step, kind, comment)
                select id, published_revision, null, null, 'HELPFUL', '有用' from guide
                union all
                select id, published_revision, 'hotline', 1, 'OUTDATED', 'The number changed' from guide
                """).update();
        jdbc.sql("""
                insert into app_user (username, display_name, roles, password_hash)
                values ('admin', 'Admin', array['ADMIN', 'EDITOR'], '{bcrypt}$2a$10$abcdefghijklmnopqrstuv')
                """).update();
        jdbc.sql("""
                insert into audit_event (at, actor, action, target, detail)
                values (now(), 'admin', 'login', 'admin', ''), (now(), 'editor', 'guide.publish', 'x', 'détail 细节')
                """).update();
        jdbc.sql("insert into search_miss (query, language, count, last_seen) values ('携号转网', 'zh-CN', 3, now())")
                .update();
        // A picture as an upload keeps it (master and variants are bytea): it must come back byte for byte.
        PictureCodec.Master master = PictureCodec.master(PictureCorpus.photoWithGps(),
                new PictureCodec.Limits(10 * 1024 * 1024, 40_000_000, 2048));
        assertThat(new JdbcPictures(jdbc, transactions).add(new NewPicture(master.picture(), master.png(),
                PictureCodec.variants(master), 1000, "editor"))).isTrue();
        // An API token (only its hash is kept), a webhook and a delivery waiting in its outbox: a restore must carry
        // them, or scripts lose their access and announced events are never sent.
        jdbc.sql("""
                insert into api_token (id, username, name, scopes, token_hash, created_at, expires_at)
                values (gen_random_uuid(), 'admin', 'backup script', array['export'], repeat('ab', 32), now(),
                        now() + interval '30 days')
                """).update();
        jdbc.sql("""
                insert into webhook (id, url, events, secret, created_by, created_at)
                values ('00000000-0000-0000-0000-0000000000a1', 'https://hooks.example.org/waymark',
                        array['guide.published'], repeat('s', 40), 'admin', now())
                """).update();
        jdbc.sql("""
                insert into webhook_delivery (id, webhook_id, event_id, event, payload, created_at, next_attempt_at)
                values (gen_random_uuid(), '00000000-0000-0000-0000-0000000000a1', gen_random_uuid(), 'guide.published',
                        '{"type":"guide.published","data":{"slug":"x","title":"注销"}}', now(), now())
                """).update();
    }

    /** Every table of the schema, row for row (all columns, as JSON), and every guide and revision as the app reads them. */
    private static void assertSameContent(DataSource source, DataSource target) {
        JdbcClient from = JdbcClient.create(source);
        JdbcClient to = JdbcClient.create(target);
        String tablesQuery = "select tablename from pg_tables where schemaname = 'public' order by tablename";
        List<String> tables = from.sql(tablesQuery).query(String.class).list();
        assertThat(to.sql(tablesQuery).query(String.class).list()).isEqualTo(tables);
        assertThat(tables).contains("guide", "guide_revision", "published_guide", "operator", "reader_report",
                "app_user", "audit_event", "flyway_schema_history", "picture", "picture_variant");

        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : tables) {
            String rows = "select to_jsonb(t)::text from \"" + table + "\" t order by 1";
            List<String> expected = from.sql(rows).query(String.class).list();
            assertThat(to.sql(rows).query(String.class).list()).as("rows of " + table).isEqualTo(expected);
            counts.put(table, expected.size());
        }
        assertThat(counts).allSatisfy((table, count) -> {
            if (!table.equals("search_miss")) {
                assertThat(count).as("rows in " + table).isPositive();
            }
        });

        // Seen through the repository, as the app sees them: every guide and every revision.
        JdbcGuides sourceGuides = new JdbcGuides(from, new TransactionTemplate(new DataSourceTransactionManager(source)));
        JdbcGuides targetGuides = new JdbcGuides(to, new TransactionTemplate(new DataSourceTransactionManager(target)));
        int revisionsCompared = 0;
        List<UUID> ids = from.sql("select id from guide order by id").query(UUID.class).list();
        for (UUID uuid : ids) {
            GuideId id = new GuideId(uuid);
            assertThat(targetGuides.find(id)).isEqualTo(sourceGuides.find(id)).isPresent();
            List<RevisionSummary> revisions = sourceGuides.revisions(id);
            assertThat(targetGuides.revisions(id)).isEqualTo(revisions);
            for (RevisionSummary revision : revisions) {
                Revision expected = sourceGuides.revision(id, revision.number()).orElseThrow();
                assertThat(targetGuides.revision(id, revision.number())).contains(expected);
                revisionsCompared++;
            }
        }
        assertThat(revisionsCompared).isEqualTo(counts.get("guide_revision"));

        // Pictures, as the app reads them: every master and every variant, byte for byte.
        JdbcPictures sourcePictures = new JdbcPictures(from, new TransactionTemplate(new DataSourceTransactionManager(source)));
        JdbcPictures targetPictures = new JdbcPictures(to, new TransactionTemplate(new DataSourceTransactionManager(target)));
        List<String> hashes = from.sql("select hash from picture order by hash").query(String.class).list();
        assertThat(hashes).isNotEmpty();
        int variantsCompared = 0;
        for (String value : hashes) {
            PictureHash hash = new PictureHash(value);
            assertThat(targetPictures.find(hash)).isEqualTo(sourcePictures.find(hash));
            assertThat(targetPictures.master(hash).orElseThrow()).isEqualTo(sourcePictures.master(hash).orElseThrow());
            List<Map<String, Object>> variants = from.sql("select width, format from picture_variant where hash = :hash")
                    .param("hash", value).query().listOfRows();
            for (Map<String, Object> variant : variants) {
                int width = (Integer) variant.get("width");
                PictureFormat format = PictureFormat.valueOf(((String) variant.get("format")).toUpperCase(java.util.Locale.ROOT));
                assertThat(targetPictures.variant(hash, width, format).orElseThrow().bytes())
                        .isEqualTo(sourcePictures.variant(hash, width, format).orElseThrow().bytes());
                variantsCompared++;
            }
        }
        assertThat(variantsCompared).isEqualTo(counts.get("picture_variant"));
        System.out.println("Backup/restore compared " + ids.size() + " guides, " + revisionsCompared
                + " revisions and these tables row for row: " + counts);
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
    }

    private static String newDatabase() {
        String name = "target_" + (++databases);
        server.createDatabase(name);
        return name;
    }

    private ProcessResult script(String name, String database, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("scripts/" + name).toString());
        command.addAll(List.of(arguments));
        return ProcessResult.run(command, server.scriptEnvironment(database), temp, SCRIPT_TIMEOUT);
    }

    /** Walks up from the working directory to the directory holding scripts/backup. */
    private static Path repositoryRoot() {
        Path start = Path.of("").toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("scripts/backup"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No scripts/backup in " + start + " or any parent directory");
    }
}
