package dev.waymark.picture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Makes {@link PictureSettings} available, runs the {@link PictureCleanup} on its schedule, and checks once started
 * that the codecs work here (libwebp is a native library): a failure is logged as an error, uploads would fail.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PictureSettings.class)
@EnableScheduling
class PictureConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PictureConfiguration.class);

    @EventListener(ApplicationReadyEvent.class)
    void checkCodecs() {
        try {
            PictureCodec.selfCheck();
            log.debug("Pictures: JPEG, PNG and WebP codecs work");
        } catch (RuntimeException | LinkageError e) {
            log.error("Pictures cannot be processed on this machine; uploads will fail: {}", e.toString());
        }
    }
}
