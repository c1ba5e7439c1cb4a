package dev.waymark.picture;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Makes {@link PictureSettings} available and runs the {@link PictureCleanup} on its schedule. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PictureSettings.class)
@EnableScheduling
class PictureConfiguration {
}
