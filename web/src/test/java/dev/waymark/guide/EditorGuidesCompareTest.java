package dev.waymark.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waymark.base.TestDatabaseInitializer;
import dev.waymark.guide.GuideDiff.Change;
import dev.waymark.guide.GuideDiff.Field;
import dev.waymark.guide.GuideDiff.Kind;
import dev.waymark.guide.GuideDiff.Location;
import dev.waymark.guide.GuideDiff.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ContextConfiguration;

/** Comparing two stored revisions of a guide through the editors' service. */
@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class EditorGuidesCompareTest {

    @Autowired
    EditorGuides editors;

    private final Slug slug = new Slug("compare-" + UUID.randomUUID().toString().substring(0, 8));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void two_revisions_compare_field_by_field_in_either_direction() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "cmp-editor", null, AuthorityUtils.createAuthorityList("ROLE_EDITOR")));
        Guide created = editors.create(slug, TestGuides.withSteps(3), "three steps");
        Way way = created.content().ways().getFirst();
        List<Step> reordered = new ArrayList<>(way.steps());
        reordered.add(2, reordered.removeFirst());
        Guide saved = editors.save(created.id(), created.version(), new Slug(slug.value() + "-b"),
                created.content().withWays(List.of(way.withSteps(reordered))), "first step last");

        List<Change> forward = editors.compare(saved.id(), 1, 2);
        List<Change> backward = editors.compare(saved.id(), 2, 1);

        Location details = Location.of(Part.DETAILS);
        assertThat(forward).containsExactly(
                new Change(details.withField(Field.SLUG), Kind.CHANGED, slug.value(), slug.value() + "-b"),
                new Change(new Location(Part.STEP, WayKind.STORE_VISIT, 3, null, null), Kind.MOVED, "1", "3"));
        assertThat(backward).contains(
                new Change(details.withField(Field.SLUG), Kind.CHANGED, slug.value() + "-b", slug.value()));
        assertThat(editors.compare(saved.id(), 2, 2)).isEmpty();
        assertThatThrownBy(() -> editors.compare(saved.id(), 1, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no revision 3");
        assertThatThrownBy(() -> editors.compare(saved.id(), 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no revision 0");
    }
}
