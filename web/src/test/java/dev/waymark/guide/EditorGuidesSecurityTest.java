package dev.waymark.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.waymark.base.TestCaller;
import dev.waymark.base.TestDatabaseInitializer;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ContextConfiguration;

/**
 * Who may call what on the guide services, checked on the services themselves: every method of EditorGuides
 * and ReaderGuides, called by nobody, an anonymous visitor, an editor and an admin, on a draft and its revisions
 * that a third person wrote. Readers' methods never reveal the draft.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class EditorGuidesSecurityTest {

    enum Needs { EDITOR, ANYONE }

    interface Call {
        void on(Fixture fixture);
    }

    record Fixture(EditorGuides editors, ReaderGuides readers, Guide draft) {
    }

    @Autowired
    EditorGuides editors;

    @Autowired
    ReaderGuides readers;

    @Autowired
    Guides guides;

    private Guide draft;

    @BeforeEach
    void createDraftOfSomeoneElse() {
        Slug slug = new Slug("matrix-" + UUID.randomUUID().toString().substring(0, 8));
        Guide first = guides.save(Guide.draft(GuideId.random(), slug, TestGuides.serbia()), "matrix-author", "first");
        draft = guides.save(first.edit(TestGuides.withSteps(2)), "matrix-author", "second");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static Stream<Arguments> matrix() {
        List<Arguments> methods = List.of(
                Arguments.of("list", Needs.EDITOR, (Call) f -> f.editors().list(GuideListFilter.ALL, 0, 10)),
                Arguments.of("count", Needs.EDITOR, (Call) f -> f.editors().count(GuideListFilter.ALL)),
                Arguments.of("find", Needs.EDITOR, (Call) f -> f.editors().find(f.draft().id())),
                Arguments.of("findBySlug", Needs.EDITOR, (Call) f -> f.editors().findBySlug(f.draft().slug())),
                Arguments.of("create", Needs.EDITOR, (Call) f -> f.editors().create(
                        new Slug(f.draft().slug().value() + "-new"), TestGuides.serbia(), "new")),
                Arguments.of("save", Needs.EDITOR, (Call) f -> f.editors().save(f.draft().id(), f.draft().version(),
                        f.draft().slug(), TestGuides.withSteps(4), "four")),
                Arguments.of("submitForReview", Needs.EDITOR, (Call) f -> f.editors().submitForReview(f.draft().id(),
                        f.draft().version())),
                Arguments.of("whyNotPublish", Needs.EDITOR, (Call) f -> f.editors().whyNotPublish(f.draft())),
                Arguments.of("publish", Needs.EDITOR, (Call) f -> f.editors().publish(f.draft().id(),
                        f.draft().version(), true)),
                Arguments.of("translations", Needs.EDITOR, (Call) f -> f.editors().translations(f.draft().content())),
                Arguments.of("earlierSource", Needs.EDITOR, (Call) f -> f.editors().earlierSource(f.draft().id(),
                        Fingerprint.of("拨打客服"))),
                Arguments.of("archive", Needs.EDITOR, (Call) f -> f.editors().archive(f.draft().id(),
                        f.draft().version())),
                Arguments.of("revisions", Needs.EDITOR, (Call) f -> f.editors().revisions(f.draft().id())),
                Arguments.of("revision", Needs.EDITOR, (Call) f -> f.editors().revision(f.draft().id(), 1)),
                Arguments.of("compare", Needs.EDITOR, (Call) f -> f.editors().compare(f.draft().id(), 1, 2)),
                Arguments.of("restore", Needs.EDITOR, (Call) f -> f.editors().restore(f.draft().id(), 1,
                        f.draft().version())),
                Arguments.of("readers.find", Needs.ANYONE, (Call) f -> assertThat(f.readers().find(f.draft().slug()))
                        .as("a draft is never read as published").isEmpty()),
                Arguments.of("readers.list", Needs.ANYONE, (Call) f -> assertThat(f.readers().list(
                        GuideFilter.all(Language.EN))).noneMatch(s -> s.slug().equals(f.draft().slug()))));
        return Stream.of(TestCaller.values()).flatMap(caller -> methods.stream().map(method -> Arguments.of(
                caller, method.get()[0], method.get()[1], method.get()[2])));
    }

    @ParameterizedTest(name = "{0} calls {1}")
    @MethodSource("matrix")
    void only_editors_and_admins_reach_drafts_and_revisions(TestCaller caller, String method, Needs needs, Call call) {
        caller.signIn("matrix-" + caller.name().toLowerCase(java.util.Locale.ROOT));
        boolean allowed = needs == Needs.ANYONE || caller.isStaff();

        Throwable thrown = catchThrowable(() -> call.on(new Fixture(editors, readers, draft)));

        if (allowed) {
            assertThat(thrown).as(caller + " may call " + method).isNull();
        } else {
            assertThat(thrown).as(caller + " may not call " + method)
                    .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
            Guide untouched = guides.find(draft.id()).orElseThrow();
            assertThat(untouched).isEqualTo(draft);
            assertThat(guides.revisions(draft.id())).hasSize(2);
            assertThat(guides.findBySlug(new Slug(draft.slug().value() + "-new"))).isEmpty();
        }
    }
}
