package dev.waymark.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waymark.base.TestCaller;
import dev.waymark.base.TestDatabaseInitializer;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ContextConfiguration;

/** A one-person instance ({@code WAYMARK_SELF_PUBLISH=true}): the author may publish, the content rules still hold. */
@SpringBootTest(properties = "waymark.publishing.self-publish=true")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class SelfPublishingTest {

    @Autowired
    EditorGuides editors;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void with_self_publishing_allowed_an_editor_publishes_their_own_sourced_guide() {
        TestCaller.signIn("solo-" + suffix, "ROLE_EDITOR");
        Guide created = editors.create(new Slug("solo-" + suffix), TestGuides.serbia(), "");

        assertThat(editors.publishing().selfPublishing()).isTrue();
        assertThat(editors.whyNotPublish(created)).isEmpty();
        assertThat(editors.publish(created.id(), created.version(), true).status()).isEqualTo(GuideStatus.PUBLISHED);
    }

    @Test
    void self_publishing_still_needs_a_source() {
        TestCaller.signIn("solo-" + suffix, "ROLE_EDITOR");
        Guide created = editors.create(new Slug("solo-unsourced-" + suffix),
                TestGuides.withSteps(1).withProvenance(Provenance.NONE), "");

        assertThat(editors.whyNotPublish(created)).contains("a guide needs at least one source before it can be published");
        assertThatThrownBy(() -> editors.publish(created.id(), created.version()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
