package dev.waymark.base;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the application at the shared test PostgreSQL instead of starting an embedded one of its own. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.datasource.url=" + TestDatabase.jdbcUrl(),
                "spring.datasource.username=postgres",
                "spring.datasource.password=postgres").applyTo(context);
    }
}
