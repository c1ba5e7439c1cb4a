package dev.waymark.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookSettingsTest {

    private final WebhookSettings settings = new WebhookSettings(true, Duration.ofSeconds(5), Duration.ofSeconds(30),
            Duration.ofHours(2), Duration.ofHours(24), Duration.ofSeconds(10));

    @Test
    void the_wait_doubles_after_each_failure_up_to_two_hours() {
        assertThat(settings.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.backoff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.backoff(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(settings.backoff(9)).isEqualTo(Duration.ofHours(2));
        assertThat(settings.backoff(1000)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void the_signature_is_the_hmac_of_timestamp_dot_body() {
        assertThat(WebhookSignature.header("secret", 1700000000L, "{}"))
                .isEqualTo("t=1700000000,v1=" + WebhookSignature.hmac("secret", "1700000000.{}"));
        // Known answer, computed with: printf '%s' 'a.b' | openssl dgst -sha256 -hmac key
        assertThat(WebhookSignature.hmac("key", "a.b")).isEqualTo(
                "dd17e3f2c79de32e3f3fa66503e34c711b58d419eb910f5e29d1505ce73aae08");
    }
}
