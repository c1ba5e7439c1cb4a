package dev.waymark.seed;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On the first start of an empty database, loads the seed operators and guides (waymark.seed.enabled); on
 * later starts, brings the seed guides no editor has touched up to the shipped content.
 * The setting is read at start-up rather than by a condition on the bean: with Spring AOT (the Docker
 * image) conditions are fixed when the jar is built.
 */
@Component
class SeedOnStartup implements ApplicationRunner {

    private final SeedData seed;
    private final boolean enabled;

    SeedOnStartup(SeedData seed, @Value("${waymark.seed.enabled:true}") boolean enabled) {
        this.seed = seed;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            seed.loadIfEmpty();
            seed.refreshUntouched();
        }
    }
}
