package dev.waymark.guide.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import dev.waymark.base.TestDatabaseInitializer;
import dev.waymark.guide.GuideViews;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** Opening a published guide counts a view of it in its language; an unknown guide counts nothing. */
@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class GuideViewMetricsTest extends SpringBrowserlessTest {

    private static final String SERBIA = "serbia-cancel-mobile-service";

    @Autowired
    MeterRegistry registry;

    private double views(String slug, String language) {
        Counter counter = registry.find(GuideViews.METER)
                .tags("slug", slug, "language", language, "channel", "view").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void opening_a_guide_counts_a_view_in_the_readers_language() {
        double before = views(SERBIA, "en");

        UI.getCurrent().navigate("guides/" + SERBIA, QueryParameters.fromString("lang=en"));

        assertThat(views(SERBIA, "en")).isEqualTo(before + 1);
    }

    @Test
    void an_unknown_guide_is_not_counted() {
        navigate("guides/no-such-guide", GuideView.class);

        assertThat(registry.find(GuideViews.METER).tag("slug", "no-such-guide").counters()).isEmpty();
    }
}
