package dev.waymark.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Static checks of the Dockerfile (no Docker engine needed): a JDK stage builds the production jar
 * with the Maven wrapper, and a JRE stage runs it as an unprivileged user.
 */
class DockerfileTest {

    private static final Pattern FROM = Pattern.compile(
            "FROM\\s+(?:--platform=\\S+\\s+)?(\\S+)(?:\\s+AS\\s+(\\S+))?", Pattern.CASE_INSENSITIVE);

    private record Instruction(String keyword, String arguments) {
    }

    private record Stage(String image, String name, List<Instruction> instructions) {

        List<String> arguments(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
        }
    }

    private static List<Stage> stages;

    @BeforeAll
    static void parse() {
        stages = stages(instructions(DeploymentFiles.read("Dockerfile")));
    }

    @Test
    void isMultiStage() {
        assertThat(stages).as("FROM stages").hasSize(2);
        assertThat(build().name()).as("build stage name (FROM ... AS name)").isNotNull();
    }

    @Test
    void buildStageUsesAJdkAndTheMavenWrapperWithTheProductionProfile() {
        assertThat(build().image()).matches("eclipse-temurin:(2[1-9]|[3-9]\\d)-jdk.*");
        assertThat(build().arguments("RUN")).anySatisfy(run -> assertThat(run)
                .contains("./mvnw")
                .contains("package")
                .contains("-Pproduction")
                .contains("clean"));
        assertThat(build().arguments("COPY")).anySatisfy(copy -> assertThat(copy).contains("mvnw"));
    }

    @Test
    void runtimeStageIsAJreImage() {
        assertThat(runtime().image()).matches("eclipse-temurin:(2[1-9]|[3-9]\\d)-jre.*");
    }

    @Test
    void runtimeStageCopiesTheExtractedJarFromTheBuildStage() {
        assertThat(build().arguments("RUN")).anySatisfy(run -> assertThat(run)
                .contains("-Djarmode=tools")
                .contains("-jar web/target/waymark.jar")
                .contains("extract"));
        List<String> fromBuild = runtime().arguments("COPY").stream()
                .filter(copy -> copy.contains("--from=" + build().name())).toList();
        assertThat(fromBuild).as("COPY --from=" + build().name()).isNotEmpty()
                .anySatisfy(copy -> assertThat(copy).contains("application/"))
                .anySatisfy(copy -> assertThat(copy).contains("dependencies/"))
                .allSatisfy(copy -> assertThat(copy).endsWith(" /app/"));
    }

    /** Spring Boot's recipe for Java 25: a training run on the extracted jar, then the cache at every start. */
    @Test
    void runtimeStageTrainsAnAotCacheThatTheEntrypointUses() {
        assertThat(runtime().arguments("RUN")).anySatisfy(run -> assertThat(run)
                .contains("-XX:AOTCacheOutput=/app/app.aot")
                .contains("-Dspring.context.exit=onRefresh")
                .contains("-jar /app/waymark.jar"));
        assertThat(runtime().arguments("ENTRYPOINT").getFirst()).contains("-XX:AOTCache=/app/app.aot");
        assertThat(runtime().image()).as("the AOT cache needs Java 25 or newer")
                .matches("eclipse-temurin:(2[5-9]|[3-9]\\d)-jre.*");
    }

    @Test
    void runsAsANonRootUser() {
        List<String> users = runtime().arguments("USER");
        assertThat(users).as("USER in the runtime stage").isNotEmpty();
        String user = users.getLast().split(":")[0].strip();
        assertThat(user).isNotIn("root", "0", "");
    }

    @Test
    void entrypointHonoursJavaOptsAndRunsTheJar() {
        List<String> entrypoints = runtime().arguments("ENTRYPOINT");
        assertThat(entrypoints).hasSize(1);
        assertThat(entrypoints.getFirst()).contains("exec java", "$JAVA_OPTS", "-jar /app/waymark.jar");
        assertThat(runtime().arguments("ENV")).anySatisfy(env -> assertThat(env).contains("JAVA_OPTS="));
        assertThat(runtime().arguments("EXPOSE")).contains("8080");
    }

    private static Stage build() {
        return stages.getFirst();
    }

    private static Stage runtime() {
        return stages.getLast();
    }

    /** Instructions with comments dropped and backslash continuations joined. */
    private static List<Instruction> instructions(String dockerfile) {
        List<Instruction> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : dockerfile.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String instruction = current.toString().strip();
            current.setLength(0);
            if (!instruction.isEmpty()) {
                String[] parts = instruction.split("\\s+", 2);
                result.add(new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1].strip() : ""));
            }
        }
        return result;
    }

    private static List<Stage> stages(List<Instruction> instructions) {
        List<Stage> result = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (instruction.keyword().equals("FROM")) {
                Matcher from = FROM.matcher("FROM " + instruction.arguments());
                assertThat(from.matches()).as("FROM " + instruction.arguments()).isTrue();
                result.add(new Stage(from.group(1), from.group(2), new ArrayList<>()));
            } else if (!result.isEmpty()) {
                result.getLast().instructions().add(instruction);
            }
        }
        return result;
    }
}
