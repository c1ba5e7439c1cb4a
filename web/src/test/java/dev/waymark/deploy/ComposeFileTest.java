package dev.waymark.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Static checks of docker-compose.yml: the two services are wired together the way the app
 * expects (same database, credentials and health-gated start-up), and every variable it uses is
 * documented in .env.example. {@code docker-compose config} validates the syntax; this test
 * guards the meaning.
 */
class ComposeFileTest {

    /** {@code ${NAME}}, {@code ${NAME:-default}}, {@code ${NAME?err}} ...; {@code $$} is an escape. */
    private static final Pattern VARIABLE = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)");

    private static String composeText;
    private static Map<String, Object> compose;

    @BeforeAll
    static void load() {
        composeText = DeploymentFiles.read("docker-compose.yml");
        compose = new Yaml().load(composeText);
    }

    @Test
    void definesTheDbAndAppServices() {
        assertThat(services()).containsKeys("db", "app");
    }

    @Test
    void dbIsPostgresWithAHealthcheckAndTheNamedVolume() {
        Map<String, Object> db = service("db");
        assertThat((String) db.get("image")).startsWith("postgres:");
        assertHealthcheck(db);
        assertThat(map(db, "healthcheck").get("test").toString()).contains("pg_isready");

        assertThat(map(compose, "volumes")).containsKey("waymark-db");
        List<?> volumes = list(db, "volumes");
        // PostgreSQL 18+ images keep their data below /var/lib/postgresql (PGDATA=/var/lib/postgresql/18/docker).
        assertThat(volumes).map(Object::toString).contains("waymark-db:/var/lib/postgresql");
        assertThat(environment(db)).containsKeys("POSTGRES_DB", "POSTGRES_USER", "POSTGRES_PASSWORD");
    }

    @Test
    void appIsBuiltFromTheDockerfile() {
        Object build = service("app").get("build");
        assertThat(build).as("app.build").isNotNull();
        if (build instanceof Map<?, ?> buildMap) {
            assertThat(buildMap.get("context")).isEqualTo(".");
            Object dockerfile = buildMap.get("dockerfile");
            assertThat(dockerfile == null ? "Dockerfile" : dockerfile).isEqualTo("Dockerfile");
        } else {
            assertThat(build).isEqualTo(".");
        }
        assertThat(DeploymentFiles.repositoryRoot().resolve("Dockerfile")).isRegularFile();
    }

    @Test
    void appStartsOnlyOnceTheDatabaseIsHealthy() {
        Map<String, Object> dependsOn = map(service("app"), "depends_on");
        assertThat(dependsOn).containsKey("db");
        assertThat(map(dependsOn, "db")).containsEntry("condition", "service_healthy");
    }

    @Test
    void appHasAHealthcheckOnReadiness() {
        Map<String, Object> app = service("app");
        assertHealthcheck(app);
        assertThat(map(app, "healthcheck").get("test").toString()).contains("/actuator/health/readiness");
    }

    @Test
    void appConnectsToTheDbServiceWithItsDatabaseAndCredentials() {
        Map<String, String> db = environment(service("db"));
        Map<String, String> app = environment(service("app"));

        String url = app.get("SPRING_DATASOURCE_URL");
        assertThat(url).as("SPRING_DATASOURCE_URL").startsWith("jdbc:postgresql://");
        // The database name may be a ${...} expression, which URI does not accept: compare it textually.
        URI uri = URI.create(url.substring("jdbc:".length()).replace("${", "X").replace("}", "X"));
        assertThat(uri.getHost()).as("database host").isEqualTo("db");
        assertThat(uri.getPort()).as("database port").isIn(-1, 5432);
        String database = url.substring(url.indexOf('/', "jdbc:postgresql://".length()) + 1);
        int query = database.indexOf('?');
        assertThat(query < 0 ? database : database.substring(0, query))
                .as("database name").isEqualTo(db.get("POSTGRES_DB"));

        assertThat(app.get("SPRING_DATASOURCE_USERNAME")).isNotBlank().isEqualTo(db.get("POSTGRES_USER"));
        assertThat(app.get("SPRING_DATASOURCE_PASSWORD")).isNotBlank().isEqualTo(db.get("POSTGRES_PASSWORD"));
    }

    @Test
    void appPublishesItsContainerPort() {
        Map<String, Object> app = service("app");
        assertThat(list(app, "ports")).map(Object::toString).anyMatch(port -> port.endsWith(":8080"));
        assertThat(environment(app)).containsKeys("WAYMARK_BASE_URL", "WAYMARK_ADMIN_PASSWORD", "JAVA_OPTS");
    }

    @Test
    void everyVariableIsDocumentedInEnvExample() {
        Set<String> used = new TreeSet<>();
        Matcher matcher = VARIABLE.matcher(composeText);
        while (matcher.find()) {
            used.add(matcher.group(1));
        }
        assertThat(used).as("variables used in docker-compose.yml").isNotEmpty();

        Set<String> documented = new LinkedHashSet<>();
        for (String line : DeploymentFiles.read(".env.example").split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#") && trimmed.contains("=")) {
                documented.add(trimmed.substring(0, trimmed.indexOf('=')).strip());
            }
        }
        assertThat(documented).as("variables in .env.example").containsAll(used);
    }

    private static void assertHealthcheck(Map<String, Object> service) {
        Map<String, Object> healthcheck = map(service, "healthcheck");
        assertThat(healthcheck.get("disable")).isNotEqualTo(Boolean.TRUE);
        assertThat(healthcheck.get("test")).as("healthcheck.test").isNotNull();
        assertThat(healthcheck.get("test").toString()).doesNotContain("NONE");
    }

    private static Map<String, Object> services() {
        return map(compose, "services");
    }

    private static Map<String, Object> service(String name) {
        return map(services(), name);
    }

    /** The environment as a map, whether the file uses the map or the {@code - KEY=value} list form. */
    private static Map<String, String> environment(Map<String, Object> service) {
        Object environment = service.get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> result.put(key.toString(), value == null ? null : value.toString()));
        } else if (environment instanceof List<?> entries) {
            for (Object entry : entries) {
                String text = entry.toString();
                int eq = text.indexOf('=');
                result.put(eq < 0 ? text : text.substring(0, eq), eq < 0 ? null : text.substring(eq + 1));
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static List<?> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(List.class);
        return (List<?>) value;
    }
}
