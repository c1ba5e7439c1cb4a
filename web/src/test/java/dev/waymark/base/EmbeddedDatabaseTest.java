package dev.waymark.base;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waymark.WaymarkApplication;
import dev.waymark.guide.Guide;
import dev.waymark.guide.Guides;
import dev.waymark.guide.Language;
import dev.waymark.guide.Slug;
import dev.waymark.seed.SeedData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The default set-up: no database configured, so the app runs its own PostgreSQL in a folder. */
@Tag("own-jvm")
class EmbeddedDatabaseTest {

    private static ConfigurableApplicationContext start(Path directory) {
        // Arguments, not builder properties: those are defaults that application.properties overrides.
        return new SpringApplicationBuilder(WaymarkApplication.class)
                .run("--waymark.embedded-db.directory=" + directory, "--server.port=0", "--spring.main.banner-mode=off");
    }

    @Test
    void with_no_database_configured_the_app_keeps_its_guides_across_a_restart(@TempDir Path directory) {
        Slug serbia = new Slug("serbia-cancel-mobile-service");
        String newTitle = "Cancel your SIM in Serbia (edited)";
        try (ConfigurableApplicationContext first = start(directory)) {
            Guides guides = first.getBean(Guides.class);
            assertThat(guides.count()).as("seed guides load into the empty database").isEqualTo(SeedData.guides().size());
            Guide guide = guides.findBySlug(serbia).orElseThrow();
            guides.save(guide.edit(guide.content().withTitle(guide.content().title().with(Language.EN, newTitle))),
                    "test", "edit before restart");
        }
        assertThat(Files.exists(directory.resolve("postgresql.conf"))).as("data kept in the folder").isTrue();

        try (ConfigurableApplicationContext second = start(directory)) {
            Guides guides = second.getBean(Guides.class);
            Guide guide = guides.findBySlug(serbia).orElseThrow();
            assertThat(guide.content().title().in(Language.EN)).contains(newTitle);
            assertThat(guide.savedRevision()).isEqualTo(2);
            assertThat(guides.count()).as("seeds are not loaded twice").isEqualTo(SeedData.guides().size());
        }
    }
}
