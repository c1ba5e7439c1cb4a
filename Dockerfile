# syntax=docker/dockerfile:1
#
# Waymark container image.
#
#   docker build -t waymark .
#   docker run -p 8080:8080 -e SPRING_DATASOURCE_URL=jdbc:postgresql://host:5432/waymark \
#       -e SPRING_DATASOURCE_USERNAME=waymark -e SPRING_DATASOURCE_PASSWORD=... waymark
#
# Without SPRING_DATASOURCE_URL the app starts an embedded PostgreSQL under /app/data, which is
# lost with the container: use docker-compose.yml (PostgreSQL with a named volume) for real use.
# Needs BuildKit (the default builder since Docker Engine 23) for the Maven cache mount.

# ---- Stage 1: build the production jar with the Maven wrapper --------------------------------
FROM eclipse-temurin:25-jdk AS build
WORKDIR /build

# The wrapper first: this layer (the Maven distribution in /root/.m2/wrapper) is reused until
# .mvn/ or mvnw change. The image has neither curl nor wget; mvnw then downloads with Java.
COPY .mvn/ .mvn/
COPY mvnw ./
RUN chmod +x mvnw && ./mvnw -B --version

# Then the sources. The local repository is a BuildKit cache mount, so dependencies are downloaded
# once per build machine rather than once per source change.
# npm (any version) fetches Node.js 24 from the npm registry for Vaadin's front-end build (scripts/install-node).
RUN apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends npm \
    && rm -rf /var/lib/apt/lists/*
COPY scripts/install-node scripts/
COPY pom.xml ./
COPY domain/ domain/
COPY db/ db/
COPY web/ web/
RUN --mount=type=cache,target=/root/.m2/repository --mount=type=cache,target=/root/.cache/waymark \
    ./mvnw -B clean package -Pproduction -DskipTests

# Start-up (see BENCHMARKS.md): the JVM's AOT cache only works with the extracted jar (waymark.jar
# plus lib/), as Spring Boot's "AOT cache" recipe says. Extracted by layer so that the dependencies,
# which rarely change, get a layer of their own in the runtime image.
RUN java -Djarmode=tools -jar web/target/waymark.jar extract --layers --destination /build/extracted

# ---- Stage 2: runtime, JRE only ---------------------------------------------------------------
FROM eclipse-temurin:25-jre

# The Temurin images ship neither curl nor wget; curl is installed for the health check.
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*

# An unprivileged user with a fixed uid/gid (volumes and Kubernetes runAsNonRoot can rely on it).
# /app is writable by it (the embedded-PostgreSQL fallback keeps data under the working
# directory); the application files stay owned by root and read-only for the app.
RUN groupadd --system --gid 10001 waymark \
    && useradd --system --uid 10001 --gid waymark --home-dir /app --no-create-home \
       --shell /usr/sbin/nologin waymark \
    && install -d -o waymark -g waymark -m 0750 /app
WORKDIR /app
# web/target/waymark.jar, extracted in the build stage: /app/waymark.jar and /app/lib/.
COPY --from=build /build/extracted/dependencies/ /app/
COPY --from=build /build/extracted/spring-boot-loader/ /app/
COPY --from=build /build/extracted/snapshot-dependencies/ /app/
COPY --from=build /build/extracted/application/ /app/

USER 10001:10001

ENV SERVER_PORT=8080 \
    JAVA_OPTS="-XX:MaxRAMPercentage=75"
EXPOSE 8080

# Start-up (BENCHMARKS.md): the jar holds Spring AOT's generated bean definitions (process-aot, in the
# production profile), used with -Dspring.aot.enabled=true, and the JVM's AOT cache (JEP 483/514/515,
# Java 25) holds the classes the app loads and links and its methods' profiles, recorded in /app/app.aot
# by a training run here. scripts/train-aot-cache starts the app, waits until it is ready, sends the
# requests a start and its first readers make, and stops it (SIGTERM), which writes the cache; so more
# of the start path is in the cache than with Spring Boot's plain recipe (-Dspring.context.exit=onRefresh),
# which stops before the web server starts. Ready in about 2.9 s, where the plain jar takes about 8 s.
# The training needs a database: with no SPRING_DATASOURCE_URL it gets the embedded PostgreSQL, in a
# throwaway folder under /tmp, stopped with the app. The extracted binaries stay in /tmp/embedded-pg,
# which spares the embedded fallback their extraction at every start.
# The cache is only valid for this JVM and this classpath: it is rebuilt with the image. Without it
# (or with a mismatch) the JVM starts normally, just slower.
COPY --chmod=0755 scripts/train-aot-cache /usr/local/bin/train-aot-cache
RUN WAYMARK_DATA_DIR=/tmp/training/postgres \
        train-aot-cache -C /app -- \
            java $JAVA_OPTS -XX:AOTCacheOutput=/app/app.aot -Dspring.aot.enabled=true -jar /app/waymark.jar \
    && rm -rf /tmp/training

HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS -o /dev/null "http://localhost:${SERVER_PORT:-8080}/actuator/health/readiness" || exit 1

# exec: java becomes PID 1 and receives SIGTERM (graceful shutdown). Arguments given to
# `docker run IMAGE ...` are passed to the application (e.g. --logging.level.root=debug).
ENTRYPOINT ["sh", "-c", "exec java -XX:AOTCache=/app/app.aot -Dspring.aot.enabled=true $JAVA_OPTS -jar /app/waymark.jar \"$@\"", "waymark"]
