package dev.waymark.base;

import java.util.Map;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application at the shared test PostgreSQL instead of starting an embedded one of its own. The test
 * contexts share that database, so only a test that asks for it ({@code waymark.webhooks.dispatch=true}) runs a webhook
 * dispatcher: otherwise every cached context would be another instance taking deliveries, with its own settings.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.datasource.url=" + TestDatabase.jdbcUrl(),
                "spring.datasource.username=postgres",
                "spring.datasource.password=postgres").applyTo(context);
        // Last, so that any test's own properties come first.
        context.getEnvironment().getPropertySources().addLast(new MapPropertySource("test-defaults",
                Map.of("waymark.webhooks.dispatch", "false")));
    }
}
