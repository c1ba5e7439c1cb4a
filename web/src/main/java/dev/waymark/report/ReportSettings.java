package dev.waymark.report;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many reports one client may send ({@code waymark.reports.per-client}) in a sliding window
 * ({@code waymark.reports.window}), and how many clients the limiter remembers at most
 * ({@code waymark.reports.max-clients}).
 */
@ConfigurationProperties("waymark.reports")
record ReportSettings(@DefaultValue("10") int perClient, @DefaultValue("10m") Duration window,
                      @DefaultValue("10000") int maxClients) {
}
