package dev.waymark.base;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Every application context Vaadin starts installs its own security-context strategy into the static
 * {@link SecurityContextHolder}, each with a thread-local of its own. With several cached test
 * contexts in one JVM, a test would set its user on another context's strategy. Before each test,
 * this points the holder back at the strategy of the test's own context.
 */
public class SecurityStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext.getApplicationContext().getBeansOfType(SecurityContextHolderStrategy.class).values().stream()
                .findFirst()
                .ifPresent(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
