package dev.waymark.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every setting is documented: each environment variable application.properties reads is in the README's
 * configuration table, and each variable of that table is in .env.example (as a setting, or as a commented
 * {@code # NAME=} line for those only used without Compose), with its default.
 */
class ConfigurationDocsTest {

    /** {@code ${NAME:default}} in application.properties, for an upper-case (environment) NAME. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):([^}]*)}");
    /** A row of the configuration table: {@code | `NAME` | `default` or empty | meaning |}. */
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([A-Z][A-Z0-9_]*)` \\| ([^|]*) \\|");

    private static String configurationTable() {
        String readme = DeploymentFiles.read("README.md");
        int start = readme.indexOf("### Configuration");
        assertThat(start).as("README has a Configuration section").isNotNegative();
        int end = readme.indexOf("\n#", start + 1);
        return end < 0 ? readme.substring(start) : readme.substring(start, end);
    }

    private static String applicationProperties() {
        return DeploymentFiles.read("web/src/main/resources/application.properties");
    }

    @Test
    void every_environment_variable_the_app_reads_is_in_the_readme_with_its_default() {
        Matcher rows = ROW.matcher(configurationTable());
        java.util.Map<String, String> documented = new java.util.HashMap<>();
        while (rows.find()) {
            documented.put(rows.group(1), rows.group(2).strip());
        }
        Matcher placeholders = PLACEHOLDER.matcher(applicationProperties());
        Set<String> read = new TreeSet<>();
        while (placeholders.find()) {
            String name = placeholders.group(1);
            String fallback = placeholders.group(2);
            read.add(name);
            assertThat(documented).as("README configuration table").containsKey(name);
            assertThat(documented.get(name)).as("default of " + name + " in the README")
                    .isEqualTo(fallback.isEmpty() ? "empty" : "`" + fallback + "`");
        }
        assertThat(read).contains("WAYMARK_BASE_URL", "WAYMARK_ADMIN_PASSWORD", "SERVER_PORT",
                "SERVER_SERVLET_SESSION_TIMEOUT");
        assertThat(documented).containsKeys("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
                "SPRING_DATASOURCE_PASSWORD", "JAVA_OPTS");
    }

    @Test
    void every_variable_in_the_readme_is_in_env_example() {
        Set<String> inEnvExample = new LinkedHashSet<>();
        for (String line : DeploymentFiles.read(".env.example").split("\\R")) {
            String setting = line.strip().replaceFirst("^#\\s*", "");
            if (setting.matches("[A-Z][A-Z0-9_]*=.*")) {
                inEnvExample.add(setting.substring(0, setting.indexOf('=')));
            }
        }
        Matcher rows = ROW.matcher(configurationTable());
        Set<String> documented = new TreeSet<>();
        while (rows.find()) {
            documented.add(rows.group(1));
        }
        assertThat(documented).isNotEmpty();
        assertThat(inEnvExample).as("variables in .env.example").containsAll(documented);
    }
}
