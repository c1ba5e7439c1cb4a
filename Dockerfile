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
COPY pom.xml ./
COPY domain/ domain/
COPY db/ db/
COPY web/ web/
RUN --mount=type=cache,target=/root/.m2/repository \
    ./mvnw -B clean package -Pproduction -DskipTests

# ---- Stage 2: runtime, JRE only ---------------------------------------------------------------
FROM eclipse-temurin:25-jre

# The Temurin images ship neither curl nor wget; curl is installed for the health check.
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*

# An unprivileged user with a fixed uid/gid (volumes and Kubernetes runAsNonRoot can rely on it).
# /app is writable by it (the embedded-PostgreSQL fallback keeps data under the working
# directory); the jar itself stays owned by root and read-only for the app.
RUN groupadd --system --gid 10001 waymark \
    && useradd --system --uid 10001 --gid waymark --home-dir /app --no-create-home \
       --shell /usr/sbin/nologin waymark \
    && install -d -o waymark -g waymark -m 0750 /app
WORKDIR /app
COPY --from=build --chmod=0644 /build/web/target/waymark.jar /app/waymark.jar

USER 10001:10001

ENV SERVER_PORT=8080 \
    JAVA_OPTS="-XX:MaxRAMPercentage=75"
EXPOSE 8080

HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS -o /dev/null "http://localhost:${SERVER_PORT:-8080}/actuator/health/readiness" || exit 1

# exec: java becomes PID 1 and receives SIGTERM (graceful shutdown). Arguments given to
# `docker run IMAGE ...` are passed to the application (e.g. --logging.level.root=debug).
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/waymark.jar \"$@\"", "waymark"]
