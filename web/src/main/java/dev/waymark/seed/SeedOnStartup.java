package dev.waymark.seed;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** On the first start of an empty database, loads the seed operators and guides (waymark.seed.enabled). */
@Component
@ConditionalOnProperty(name = "waymark.seed.enabled", havingValue = "true", matchIfMissing = true)
class SeedOnStartup implements ApplicationRunner {

    private final SeedData seed;

    SeedOnStartup(SeedData seed) {
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed.loadIfEmpty();
    }
}
