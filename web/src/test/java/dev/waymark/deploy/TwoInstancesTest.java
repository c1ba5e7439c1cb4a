package dev.waymark.deploy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import dev.waymark.WaymarkApplication;
import dev.waymark.base.TestDatabase;
import dev.waymark.e2e.Chromium;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.Language;
import dev.waymark.guide.Guides;
import dev.waymark.guide.Slug;
import dev.waymark.seed.SeedData;
import dev.waymark.seed.SeedGuide;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Two app instances against one PostgreSQL, behind Debian's nginx running the example configuration
 * ({@code deploy/nginx/waymark.conf}, its ports replaced), everything on loopback: a guide published
 * through one instance is read at once through the other, a reader's page holds nothing on its instance,
 * and when one instance stops, reads go on through the other. Skipped where nginx is not installed
 * ({@code .ci/run} installs it). Tagged own-jvm: the instances replace JVM-wide Spring Security and Vaadin
 * state, so where the build runs that tag in JVMs of their own, this test gets one.
 */
@Tag("own-jvm")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTest {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    /**
     * The first instance loads the seed guides into an empty database, as the first application context of
     * the other tests of this JVM would (they rely on them). The test reads copies of the Serbian seed guide,
     * published under slugs of its own and archived afterwards, so it leaves the seed guides as they were.
     */
    private static final String SERBIA_SLUG = "serbia-two-instances-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String SERBIA = "/guides/" + SERBIA_SLUG;
    /** The machine may be busy, and a fresh instance is slow to serve its first page. */
    private static final LocatorAssertions.ContainsTextOptions SLOW = new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);
    private static final PageAssertions.HasURLOptions SLOW_URL = new PageAssertions.HasURLOptions().setTimeout(30_000);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private ConfigurableApplicationContext a;
    private ConfigurableApplicationContext b;
    private int portA;
    private int portB;
    private int nginxPort;
    private Process nginx;
    private Path nginxDir;
    /** A second nginx on the same instances, with the example's optional cache for published reads. */
    private int cachingPort;
    private Process cachingNginx;
    private Path cachingDir;
    /**
     * Each instance installs its own security context strategy in Spring Security's JVM-wide holder; the
     * test contexts that Spring caches for the other tests of this JVM get theirs back afterwards.
     */
    private SecurityContextHolderStrategy securityStrategy;
    private final List<GuideId> publishedByTheTest = new ArrayList<>();

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(NGINX), "no nginx at " + NGINX + ": apt-get install nginx");
        securityStrategy = SecurityContextHolder.getContextHolderStrategy();
        // One after the other: the first loads the seed guides into an empty database, the second finds them.
        a = instance("a");
        portA = port(a);
        b = instance("b");
        portB = port(b);
        publish(a, new Slug(SERBIA_SLUG));
        nginxDir = Files.createDirectories(dir.resolve("plain"));
        nginxPort = freePort();
        nginx = startNginx(nginxDir, nginxPort, false);
        cachingDir = Files.createDirectories(dir.resolve("caching"));
        cachingPort = freePort();
        cachingNginx = startNginx(cachingDir, cachingPort, true);
    }

    @AfterAll
    void stop() throws Exception {
        if (b != null) {
            // Out of the readers' lists again, for the tests that share this database.
            Guides guides = b.getBean(Guides.class);
            for (GuideId id : publishedByTheTest) {
                guides.save(guides.find(id).orElseThrow().archive(), "two-instances-test", "Archived after the test");
            }
        }
        for (Process server : new Process[] {nginx, cachingNginx}) {
            if (server != null) {
                server.destroy();
                if (!server.waitFor(10, TimeUnit.SECONDS)) {
                    server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        if (securityStrategy != null) {
            SecurityContextHolder.setContextHolderStrategy(securityStrategy);
        }
    }

    @Test
    @Order(1)
    void nginx_serves_the_guides_from_both_instances() throws Exception {
        assertThat(get(nginxPort, "/api/guides?lang=en").statusCode()).isEqualTo(200);
        // Browsers without a route cookie are spread over both instances.
        for (int i = 0; i < 20; i++) {
            assertThat(get(nginxPort, "/api/guides?lang=en").statusCode()).isEqualTo(200);
        }
        assertThat(upstreams(log())).containsExactlyInAnyOrder(upstream(portA), upstream(portB));
    }

    @Test
    @Order(2)
    void a_guide_published_through_one_instance_is_read_at_once_through_the_other() throws Exception {
        Slug slug = new Slug("two-instances-" + UUID.randomUUID().toString().substring(0, 8));
        Guide published = publish(a, slug);
        try {
            String path = "/api/guides/" + slug.value() + "?lang=en";
            assertThat(get(portB, path).statusCode()).as("instance B, directly").isEqualTo(200);
            assertThat(get(portB, "/api/guides?lang=en").body()).contains(slug.value());
            for (int i = 0; i < 6; i++) {
                assertThat(get(nginxPort, path).statusCode()).as("through nginx").isEqualTo(200);
            }
            assertThat(get(nginxPort, "/guides/" + slug.value() + "?lang=en").statusCode()).isEqualTo(200);
        } finally {
            Guides guides = a.getBean(Guides.class);
            guides.save(guides.find(published.id()).orElseThrow().archive(), "two-instances-test", "Archived");
            publishedByTheTest.remove(published.id());
        }
        assertThat(get(nginxPort, "/api/guides/" + slug.value() + "?lang=en").statusCode()).isEqualTo(404);
    }

    /**
     * Everything readers get is kept per revision on each instance; every change readers must see (a publication,
     * a new translation, a restored revision, archiving and bringing back) shows on the very next request through
     * the other instance, on every read, and a client's copy revalidates as 304 only while nothing changed.
     */
    @Test
    @Order(3)
    void every_read_serves_the_new_revision_through_the_other_instance_at_once() throws Exception {
        Slug slug = new Slug("two-instances-cache-" + UUID.randomUUID().toString().substring(0, 8));
        Guide published = publish(a, slug);
        Guides guides = a.getBean(Guides.class);
        String title = published.content().text(published.content().title(), Language.EN);
        List<String> reads = List.of("/guides/" + slug.value() + "/print?lang=en",
                "/api/guides/" + slug.value() + "?lang=en", "/api/guides/" + slug.value() + "?lang=en&cardType=esim");
        try {
            // Both instances have kept every read of revision 2.
            Map<String, String> tags = new HashMap<>();
            for (String read : reads) {
                HttpResponse<String> fromA = get(portA, read);
                HttpResponse<String> fromB = get(portB, read);
                assertThat(fromB.body()).as(read).contains(title).isEqualTo(fromA.body());
                String tag = fromB.headers().firstValue("ETag").orElseThrow();
                assertThat(fromA.headers().firstValue("ETag")).as("the same bytes, the same tag").contains(tag);
                assertThat(conditional(portB, read, tag).statusCode()).as(read + ", unchanged").isEqualTo(304);
                assertThat(conditional(portA, read, tag).body()).as("a 304 has no body").isEmpty();
                tags.put(read, tag);
            }

            // A draft changes nothing readers see, and the cached copies stay valid.
            Guide draft = guides.save(guides.find(published.id()).orElseThrow()
                    .edit(published.content().withTitle(published.content().title().with(Language.EN, title + " (draft)"))),
                    "two-instances-test", "A draft");
            for (String read : reads) {
                assertThat(get(portB, read).body()).as(read).doesNotContain("(draft)");
                assertThat(conditional(portB, read, tags.get(read)).statusCode()).as(read).isEqualTo(304);
            }

            // A new title, published through A.
            Guide retitled = saveAndPublish(guides, draft, draft.content().withTitle(
                    draft.content().title().with(Language.EN, title + " (retitled)")));
            expectEverywhere(reads, "(retitled)", tags);

            // A new translation of the summary, published through A.
            String summary = "Summary written for the cache test " + UUID.randomUUID();
            Guide translated = saveAndPublish(guides, retitled, withEnglishSummary(retitled.content(), summary));
            expectEverywhere(reads.subList(0, 2), summary, tags);

            // The first revision restored and published again.
            Guide restored = saveAndPublish(guides, translated,
                    guides.revision(published.id(), published.publishedRevision()).orElseThrow().content());
            for (String read : reads) {
                HttpResponse<String> fromB = get(portB, read);
                assertThat(fromB.body()).as(read).contains(title).doesNotContain("(retitled)").doesNotContain(summary);
            }

            // Archived: gone from both at once; brought back: there again.
            Guide archived = guides.save(restored.archive(), "two-instances-test", "");
            for (String read : reads) {
                assertThat(get(portB, read).statusCode()).as(read + ", archived").isEqualTo(404);
                assertThat(get(portA, read).statusCode()).as(read + ", archived").isEqualTo(404);
            }
            guides.save(archived.unarchive(), "two-instances-test", "");
            for (String read : reads) {
                assertThat(get(portB, read).statusCode()).as(read + ", back").isEqualTo(200);
            }
        } finally {
            guides.save(guides.find(published.id()).orElseThrow().archive(), "two-instances-test", "Archived");
            publishedByTheTest.remove(published.id());
        }
    }

    private static Guide saveAndPublish(Guides guides, Guide guide, GuideContent content) {
        Guide saved = guides.save(guide.edit(content), "two-instances-test", "");
        return guides.save(saved.publish(), "two-instances-test", "");
    }

    private static GuideContent withEnglishSummary(GuideContent c, String summary) {
        return new GuideContent(c.sourceLanguage(), c.country(), c.topic(), c.title(), c.summary().with(Language.EN, summary),
                c.cardTypes(), c.operators(), c.requirements(), c.documents(), c.ways(), c.checks(), c.cautions(), c.faq(),
                c.phrases(), c.provenance(), c.unsorted());
    }

    /** On both instances, each read shows {@code text} at once, with a new tag; the old tag no longer gets 304. */
    private void expectEverywhere(List<String> reads, String text, Map<String, String> tags) throws Exception {
        for (String read : reads) {
            HttpResponse<String> fromB = get(portB, read);
            assertThat(fromB.statusCode()).as(read).isEqualTo(200);
            assertThat(fromB.body()).as(read + " through B, right after the publication through A").contains(text);
            assertThat(get(portA, read).body()).as(read + " through A").contains(text);
            HttpResponse<String> revalidated = conditional(portB, read, tags.get(read));
            assertThat(revalidated.statusCode()).as(read + ", revalidating the old copy").isEqualTo(200);
            tags.put(read, fromB.headers().firstValue("ETag").orElseThrow());
        }
    }

    /**
     * Through the example's optional nginx cache: repeated reads are served by nginx, and answers for different
     * languages, situations and encodings are kept apart, whether the language is in the address or negotiated.
     */
    @Test
    @Order(4)
    void the_nginx_cache_keeps_languages_and_situations_apart() throws Exception {
        String print = "/guides/" + SERBIA_SLUG + "/print";
        String english = get(portB, print + "?lang=en").body();
        String chinese = get(portB, print + "?lang=zh-CN").body();
        String esim = get(portB, "/api/guides/" + SERBIA_SLUG + "?lang=en&cardType=esim").body();
        String physical = get(portB, "/api/guides/" + SERBIA_SLUG + "?lang=en&cardType=physical-sim").body();
        assertThat(english).isNotEqualTo(chinese);
        assertThat(esim).isNotEqualTo(physical);
        for (int round = 0; round < 2; round++) {
            assertThat(get(cachingPort, print + "?lang=en").body()).isEqualTo(english);
            assertThat(get(cachingPort, print + "?lang=zh-CN").body()).isEqualTo(chinese);
            assertThat(withLanguage(cachingPort, print, "en").body()).as("negotiated English").isEqualTo(english);
            assertThat(withLanguage(cachingPort, print, "zh-CN,zh;q=0.9").body()).as("negotiated Chinese")
                    .isEqualTo(chinese);
            assertThat(get(cachingPort, "/api/guides/" + SERBIA_SLUG + "?lang=en&cardType=esim").body()).isEqualTo(esim);
            assertThat(get(cachingPort, "/api/guides/" + SERBIA_SLUG + "?lang=en&cardType=physical-sim").body())
                    .isEqualTo(physical);
            HttpResponse<byte[]> gzipped = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + cachingPort + print + "?lang=en"))
                    .header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(20)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
            assertThat(new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(english);
        }
        assertThat(get(cachingPort, print + "?lang=en").headers().firstValue("X-Cache-Status")).as("a repeated read")
                .contains("HIT");
        // Editors' pages are never kept.
        HttpResponse<String> login = get(cachingPort, "/login");
        assertThat(login.headers().firstValue("X-Cache-Status")).isEmpty();
        assertThat(login.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    @Test
    @Order(5)
    void a_readers_page_holds_nothing_on_an_instance_so_either_instance_serves_its_next_request() throws Exception {
        int logged = log().size();
        try (BrowserContext browser = Chromium.phone("en")) {
            Page page = browser.newPage();
            page.setDefaultTimeout(20_000);
            page.navigate(nginx(SERBIA + "?lang=en"));
            assertThat(page.locator("#guide-title")).containsText("Serbia", SLOW);
            page.waitForFunction("() => document.documentElement.dataset.ready === '1'");

            page.locator("#pick-card").selectOption("esim");
            assertThat(page).hasURL(Pattern.compile(".*[?&]card=esim.*"), SLOW_URL);
            page.locator("#pick-card").selectOption("physical-sim");
            assertThat(page).hasURL(Pattern.compile(".*[?&]card=physical-sim.*"), SLOW_URL);
            assertThat(page.locator("#guide-title")).containsText("Serbia");

            assertThat(browser.cookies()).as("no session for a reader").noneMatch(cookie -> cookie.name.equals("JSESSIONID"));
            List<String> mine = log().subList(logged, log().size()).stream()
                    .filter(line -> field(line, 4).contains("/guides/" + SERBIA_SLUG)).toList();
            assertThat(mine).as("the page and its two situations").hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    @Order(6)
    void when_one_instance_stops_readers_go_on_reading_through_the_other() throws Exception {
        try (BrowserContext browser = Chromium.phone("en")) {
            Page page = browser.newPage();
            page.setDefaultTimeout(20_000);
            page.navigate(nginx(SERBIA + "?lang=en"));
            assertThat(page.locator("#guide-title")).containsText("Serbia", SLOW);

            a.close();
            a = null;

            Instant started = Instant.now();
            for (int i = 0; i < 12; i++) {
                assertThat(get(nginxPort, "/api/guides?lang=en").statusCode()).as("request %d", i).isEqualTo(200);
            }
            assertThat(get(nginxPort, SERBIA + "?lang=en").statusCode()).isEqualTo(200);
            assertThat(get(nginxPort, "/api/guides/" + SERBIA_SLUG + "?lang=en").statusCode()).isEqualTo(200);
            // The open page goes on: a new situation comes from the other instance, with no reload and no error.
            page.locator("#pick-card").selectOption("esim");
            assertThat(page).hasURL(Pattern.compile(".*[?&]card=esim.*"), SLOW_URL);
            assertThat(page.locator("#situation-state")).isEmpty();
            Response reload = page.navigate(nginx(SERBIA + "?lang=en&card=esim"));
            assertThat(reload.status()).isEqualTo(200);
            assertThat(page.locator("#guide-title")).containsText("Serbia", SLOW);
            assertThat(Duration.between(started, Instant.now())).as("time to read on after the stop")
                    .isLessThan(Duration.ofSeconds(30));
        }
        List<String> lines = log();
        assertThat(upstreams(lines.subList(lines.size() - 5, lines.size()))).containsExactly(upstream(portB));
    }

    /** Publishes a copy of the Serbian seed guide through this instance's own beans, as the seed loader does. */
    private Guide publish(ConfigurableApplicationContext instance, Slug slug) {
        SeedGuide serbia = SeedData.guides().stream().filter(seed -> seed.slug().value().startsWith("serbia"))
                .findFirst().orElseThrow();
        Guides guides = instance.getBean(Guides.class);
        Guide published = instance.getBean(TransactionOperations.class).execute(status -> {
            Guide draft = guides.save(Guide.draft(GuideId.random(), slug, serbia.content()), "two-instances-test",
                    "Published through one instance");
            return guides.save(draft.publish(), "two-instances-test", "Published through one instance");
        });
        publishedByTheTest.add(published.id());
        return published;
    }

    private ConfigurableApplicationContext instance(String name) {
        return new SpringApplicationBuilder(WaymarkApplication.class).run(
                "--spring.datasource.url=" + TestDatabase.jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.datasource.hikari.pool-name=waymark-" + name,
                "--server.address=127.0.0.1",
                "--server.port=0",
                "--server.forward-headers-strategy=native",
                "--waymark.seed.enabled=true",
                "--vaadin.devmode.devTools.enabled=false",
                "--spring.main.banner-mode=off");
    }

    /**
     * The example configuration with this test's ports, in a main configuration of its own under a temporary prefix;
     * with its optional cache for published reads, or with that cut out, as a self-hoster would.
     */
    private Process startNginx(Path nginxDir, int nginxPort, boolean withCache) throws Exception {
        String site = DeploymentFiles.read("deploy/nginx/waymark.conf");
        String dir = nginxDir.toAbsolutePath().toString();
        site = replace(site, "server 127.0.0.1:8081 ", "server 127.0.0.1:" + portA + " ");
        site = replace(site, "server 127.0.0.1:8082 ", "server 127.0.0.1:" + portB + " ");
        site = replace(site, "listen 80;", "listen 127.0.0.1:" + nginxPort + ";");
        site = replace(site, "/var/cache/nginx/waymark ", dir + "/cache ");
        if (!withCache) {
            assertThat(site).contains("# --- cache: ");
            site = site.replaceAll("(?s)# --- cache: .*?# --- end cache ---", "");
        }
        Files.writeString(nginxDir.resolve("waymark.conf"), site);
        String main = """
                daemon off;
                %s
                worker_processes 1;
                pid %s/nginx.pid;
                error_log %s/error.log info;
                events { worker_connections 256; }
                http {
                    client_body_temp_path %s/client_body;
                    proxy_temp_path %s/proxy;
                    fastcgi_temp_path %s/fastcgi;
                    uwsgi_temp_path %s/uwsgi;
                    scgi_temp_path %s/scgi;
                    log_format upstreams '$upstream_addr $waymark_route $status "$request"';
                    access_log %s/access.log upstreams;
                    include %s/waymark.conf;
                }
                """.formatted("root".equals(System.getProperty("user.name")) ? "user root;" : "",
                dir, dir, dir, dir, dir, dir, dir, dir, dir);
        Files.writeString(nginxDir.resolve("nginx.conf"), main);
        Process server = new ProcessBuilder(NGINX.toString(), "-p", dir + "/", "-c", dir + "/nginx.conf", "-e",
                dir + "/error.log")
                .redirectErrorStream(true)
                .redirectOutput(nginxDir.resolve("nginx.out").toFile())
                .start();
        Instant deadline = Instant.now().plusSeconds(15);
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", nginxPort), 500);
                return server;
            } catch (ConnectException e) {
                if (!server.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new AssertionError("nginx did not start: " + Files.readString(nginxDir.resolve("nginx.out"))
                            + readIfExists(nginxDir.resolve("error.log")));
                }
                Thread.sleep(100);
            }
        }
    }

    private static String replace(String text, String target, String replacement) {
        assertThat(text).as("the example configuration").contains(target);
        return text.replace(target, replacement);
    }

    private static String readIfExists(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }

    /** The access log: upstream address(es), route key, status, request line. */
    private List<String> log() throws IOException {
        return Files.readAllLines(nginxDir.resolve("access.log"));
    }

    private static final Pattern LOG_LINE = Pattern.compile("^((?:\\S+, )*\\S+) (\\S+) (\\S+) \"(.*)\"$");

    /** The instances that answered these log lines (the last address when nginx tried more than one). */
    private static Set<String> upstreams(List<String> lines) {
        Set<String> result = new HashSet<>();
        for (String line : lines) {
            List<String> tried = List.of(field(line, 1).split(", "));
            result.add(tried.getLast());
        }
        return result;
    }

    /** Field 1: upstream address(es), 2: route key, 3: status, 4: request line. */
    private static String field(String line, int group) {
        Matcher matcher = LOG_LINE.matcher(line);
        assertThat(matcher.matches()).as("access log line " + line).isTrue();
        return matcher.group(group);
    }

    private static String upstream(int port) {
        return "127.0.0.1:" + port;
    }

    private String nginx(String path) {
        return "http://127.0.0.1:" + nginxPort + path;
    }

    private static String body(Response response) {
        try {
            return response.text();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private HttpResponse<String> conditional(int port, String path, String etag) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("If-None-Match", etag).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> withLanguage(int port, String path, String acceptLanguage) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept-Language", acceptLanguage).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A request as a new browser would send it: no cookies, so nginx picks an instance at random. */
    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
