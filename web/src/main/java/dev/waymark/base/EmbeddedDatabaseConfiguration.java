package dev.waymark.base;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no database configured ({@code spring.datasource.url} unset), Waymark starts its own
 * PostgreSQL (the zonky embedded binaries) with its data in a folder under the working directory,
 * so that guides survive a restart and a newcomer needs nothing but a JDK.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${waymark.embedded-db.directory:data/postgres}") String directory,
                                      @Value("${waymark.embedded-db.port:0}") int port) throws IOException {
        Path dataDirectory = Path.of(directory).toAbsolutePath();
        Files.createDirectories(dataDirectory);
        log.info("No database configured (SPRING_DATASOURCE_URL): starting the embedded PostgreSQL with its data in {}",
                dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "50");
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /** The pool takes the same {@code spring.datasource.hikari.*} settings as with a configured database. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
