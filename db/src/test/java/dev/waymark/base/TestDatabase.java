package dev.waymark.base;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One real PostgreSQL (the embedded one) per test JVM, migrated by Flyway. Tests share it and
 * clean up the tables they use with {@link #clear()}.
 */
public final class TestDatabase {

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;

    private TestDatabase() {
    }

    public static synchronized DataSource dataSource() {
        if (dataSource == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
            }
            dataSource = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        }
        return dataSource;
    }

    public static JdbcClient jdbc() {
        return JdbcClient.create(dataSource());
    }

    public static TransactionTemplate transactions() {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource()));
    }

    /** The JDBC URL of the running server, for tests that connect as another client would. */
    public static String jdbcUrl() {
        dataSource();
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** Empties every table the tests write to; the revision trigger is bypassed for this. */
    public static void clear() {
        JdbcClient jdbc = jdbc();
        jdbc.sql("alter table guide_revision disable trigger guide_revision_immutable").update();
        jdbc.sql("truncate audit_event, app_user, reader_report, published_guide, guide_revision, guide, operator, search_miss cascade").update();
        jdbc.sql("alter table guide_revision enable trigger guide_revision_immutable").update();
    }
}
