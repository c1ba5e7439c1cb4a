package dev.waymark.base;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.util.StringUtils;

/**
 * With no database configured ({@code spring.datasource.url} unset), Waymark starts its own
 * PostgreSQL (the zonky embedded binaries) with its data in a folder under the working directory,
 * so that guides survive a restart and a newcomer needs nothing but a JDK.
 *
 * <p>The choice is made when the connection pool is created, not by a condition on the configuration:
 * with Spring AOT (the Docker image, see BENCHMARKS.md) conditions are evaluated once, when the jar is
 * built, and the same jar must serve both set-ups. Spring Boot creates the pool (with the
 * {@code spring.datasource.hikari.*} settings) from the {@link JdbcConnectionDetails} defined here.
 *
 * <p>A PostgreSQL left running on the data folder by a hard stop ({@code kill -9}) is stopped first
 * ({@link StalePostgres}), with one line in the log.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    /** Started only when asked for, that is when no database is configured. */
    @Bean(destroyMethod = "close")
    @Lazy
    EmbeddedPostgres embeddedPostgres(@Value("${waymark.embedded-db.directory:data/postgres}") String directory,
                                      @Value("${waymark.embedded-db.port:0}") int port) throws IOException {
        Path dataDirectory = Path.of(directory).toAbsolutePath();
        Files.createDirectories(dataDirectory);
        log.info("No database configured (SPRING_DATASOURCE_URL): starting the embedded PostgreSQL with its data in {}",
                dataDirectory);
        // After a hard stop of the application its PostgreSQL may still hold the folder: stop that one first.
        StalePostgres.stopIfRunning(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "50");
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /** The configured database ({@code spring.datasource.*}), or else the embedded one, started here. */
    @Bean
    JdbcConnectionDetails jdbcConnectionDetails(DataSourceProperties properties,
                                                ObjectProvider<EmbeddedPostgres> embedded) {
        if (StringUtils.hasText(properties.getUrl())) {
            return new ConfiguredDatabase(properties);
        }
        return new EmbeddedDatabase(embedded.getObject());
    }

    /** {@code spring.datasource.url}, {@code username} and {@code password}, as Spring Boot reads them. */
    private record ConfiguredDatabase(DataSourceProperties properties) implements JdbcConnectionDetails {

        @Override
        public String getJdbcUrl() {
            return properties.determineUrl();
        }

        @Override
        public String getUsername() {
            return properties.determineUsername();
        }

        @Override
        public String getPassword() {
            return properties.determinePassword();
        }

        @Override
        public String getDriverClassName() {
            return properties.determineDriverClassName();
        }
    }

    private record EmbeddedDatabase(EmbeddedPostgres postgres) implements JdbcConnectionDetails {

        @Override
        public String getJdbcUrl() {
            return postgres.getJdbcUrl("postgres", "postgres");
        }

        @Override
        public String getUsername() {
            return "postgres";
        }

        @Override
        public String getPassword() {
            return "postgres";
        }

        @Override
        public String getDriverClassName() {
            return DatabaseDriver.POSTGRESQL.getDriverClassName();
        }
    }
}
