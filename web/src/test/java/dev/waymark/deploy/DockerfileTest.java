package dev.waymark.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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

    /**
     * The AOT cache (Java 25): a training run with a workload (scripts/train-aot-cache) on the extracted jar,
     * then the cache at every start; both with Spring AOT's generated code, which the jar must then hold.
     */
    @Test
    void runtimeStageTrainsAnAotCacheThatTheEntrypointUses() {
        assertThat(runtime().arguments("COPY")).anySatisfy(copy -> assertThat(copy)
                .contains("scripts/train-aot-cache"));
        assertThat(runtime().arguments("RUN")).anySatisfy(run -> assertThat(run)
                .contains("train-aot-cache")
                .contains("-XX:AOTCacheOutput=/app/app.aot")
                .contains("-Dspring.aot.enabled=true")
                .contains("-jar /app/waymark.jar"));
        assertThat(runtime().arguments("ENTRYPOINT").getFirst())
                .contains("-XX:AOTCache=/app/app.aot")
                .contains("-Dspring.aot.enabled=true");
        assertThat(runtime().image()).as("the AOT cache needs Java 25 or newer")
                .matches("eclipse-temurin:(2[5-9]|[3-9]\\d)-jre.*");
        assertThat(Files.isExecutable(DeploymentFiles.repositoryRoot().resolve("scripts/train-aot-cache")))
                .as("scripts/train-aot-cache is executable").isTrue();
    }

    /** -Dspring.aot.enabled=true makes the app fail at start-up unless the jar holds Spring AOT's generated code. */
    @Test
    void theProductionBuildRunsSpringAotProcessing() {
        String pom = DeploymentFiles.read("web/pom.xml");
        int production = pom.indexOf("<id>production</id>");
        assertThat(production).as("web/pom.xml has a production profile").isNotNegative();
        String profile = pom.substring(production, pom.indexOf("</profile>", production));
        assertThat(profile).contains("spring-boot-maven-plugin").contains("<goal>process-aot</goal>");
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
