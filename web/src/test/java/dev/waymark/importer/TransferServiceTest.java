package dev.waymark.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.waymark.audit.AuditEvent;
import dev.waymark.audit.AuditFilter;
import dev.waymark.audit.AuditLog;
import dev.waymark.audit.Auditor;
import dev.waymark.base.DomainJson;
import dev.waymark.base.TestDatabaseInitializer;
import dev.waymark.guide.CardType;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideActions;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.GuideStatus;
import dev.waymark.guide.Guides;
import dev.waymark.guide.Language;
import dev.waymark.guide.Slug;
import dev.waymark.guide.TestGuides;
import dev.waymark.operator.Operators;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class TransferServiceTest {

    @Autowired
    TransferService transfers;

    @Autowired
    Guides guides;

    @Autowired
    Operators operators;

    @Autowired
    dev.waymark.picture.PictureService pictures;

    @Autowired
    Auditor auditor;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate transactions;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Guide storedGuide(String name) {
        return guides.save(Guide.draft(GuideId.random(), new Slug(name + "-" + suffix), TestGuides.serbia()), "tester",
                "test guide");
    }

    private Guide publishedGuide(String name) {
        return guides.save(storedGuide(name).publish(), "publisher", "publish");
    }

    private List<AuditEvent> audited(String action, String target) {
        return audit.find(new AuditFilter(null, action, target, null, null), 0, 10);
    }

    private static ObjectNode bundle(String json) {
        return (ObjectNode) DomainJson.mapper().readTree(json);
    }

    @Test
    @WithMockUser(username = "importing-editor", roles = "EDITOR")
    void a_markdown_article_becomes_a_draft_written_by_the_editor_and_the_import_is_audited() {
        MarkdownImport imported = transfers.importMarkdown(Seeds.read(Seeds.SERBIA_DATA_CARD),
                new ImportOptions(new CountryCode("RS"), Set.of(CardType.PREPAID_DATA), Language.ZH_CN), null);

        Guide draft = guides.find(imported.id()).orElseThrow();
        assertThat(draft.status()).isEqualTo(GuideStatus.DRAFT);
        assertThat(draft.publishedRevision()).isNull();
        assertThat(draft.slug().value()).matches("import-rs-[0-9a-f]{8}");
        assertThat(draft.content()).isEqualTo(imported.report().content());
        assertThat(guides.revisions(draft.id())).singleElement()
                .satisfies(revision -> assertThat(revision.author()).isEqualTo("importing-editor"));
        assertThat(imported.editorRoute()).isEqualTo("editor/guides/" + draft.id());
        assertThat(audited(GuideActions.IMPORT, draft.slug().value())).singleElement()
                .satisfies(event -> assertThat(event.actor()).isEqualTo("importing-editor"));
        // The seeded Serbian operators are hints, never added.
        assertThat(imported.report().hints()).contains(new ImportHint(ImportHint.Kind.OPERATOR, "Vip", "rs-a1"));
        assertThat(draft.content().operators()).isEmpty();
    }

    @Test
    @WithMockUser(username = "importing-editor", roles = "EDITOR")
    void the_import_warns_when_the_registry_has_no_operator_for_the_country_and_suggests_one_added_later() {
        String article = "# Cancel a SIM in Tuvalu\n\n## In a store\n\n1. Go to a Wave" + suffix + " shop.";
        ImportOptions tuvalu = new ImportOptions(new CountryCode("TV"), Set.of(CardType.PHYSICAL_SIM), Language.EN);

        MarkdownImport before = transfers.importMarkdown(article, tuvalu, null);
        transactions.executeWithoutResult(status -> operators.save(Corpus.operator("tv-wave" + suffix, "Wave" + suffix)));
        MarkdownImport after = transfers.importMarkdown(article, tuvalu, null);

        assertThat(before.report().hints()).contains(new ImportHint(ImportHint.Kind.NO_OPERATORS, "TV", "TV"));
        assertThat(after.report().hints()).contains(new ImportHint(ImportHint.Kind.OPERATOR, "Wave" + suffix,
                "tv-wave" + suffix)).noneMatch(hint -> hint.kind() == ImportHint.Kind.NO_OPERATORS);
    }

    @Test
    @WithMockUser(username = "exporting-editor", roles = "EDITOR")
    void one_guide_exports_with_its_current_content_and_the_export_is_audited() {
        Guide guide = publishedGuide("export-one");

        JsonNode file = bundle(transfers.exportGuide(guide.slug().value()));

        assertThat(file.get("format").asString()).isEqualTo("waymark-guides");
        assertThat(file.get("version").asInt()).isEqualTo(1);
        assertThat(file.get("guides").size()).isEqualTo(1);
        JsonNode entry = file.get("guides").get(0);
        assertThat(entry.get("slug").asString()).isEqualTo(guide.slug().value());
        assertThat(entry.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(DomainJson.mapper().treeToValue(entry.get("content"), GuideContent.class)).isEqualTo(guide.content());
        assertThat(audited(GuideActions.EXPORT, guide.slug().value())).singleElement()
                .satisfies(event -> assertThat(event.actor()).isEqualTo("exporting-editor"));
        assertThatThrownBy(() -> transfers.exportGuide("no-such-guide-" + suffix))
                .isInstanceOf(java.util.NoSuchElementException.class).hasMessageContaining("no-such-guide");
    }

    @Test
    @WithMockUser(username = "exporting-admin", roles = "ADMIN")
    void all_guides_export_in_any_status_audited_as_all() {
        Guide draft = storedGuide("export-all-draft");
        Guide published = publishedGuide("export-all-published");

        JsonNode file = bundle(transfers.exportAll());

        List<String> slugs = file.get("guides").valueStream().map(entry -> entry.get("slug").asString()).toList();
        assertThat(slugs).contains(draft.slug().value(), published.slug().value(), "serbia-cancel-mobile-service")
                .hasSize((int) guides.count());
        assertThat(audited(GuideActions.EXPORT, "all")).anySatisfy(event -> {
            assertThat(event.actor()).isEqualTo("exporting-admin");
            assertThat(event.detail()).contains(guides.count() + " guides");
        });
    }

    @Test
    @WithMockUser(username = "round-trip-editor", roles = "EDITOR")
    void an_exported_guide_imports_back_as_a_new_draft_revision_while_readers_keep_the_published_one() {
        Guide published = publishedGuide("round-trip");
        ObjectNode file = bundle(transfers.exportGuide(published.slug().value()));
        ((ObjectNode) file.get("guides").get(0).get("content")).set("title",
                DomainJson.mapper().valueToTree(TestGuides.text("新标题", "New title")));

        List<ImportedGuide> imported = transfers.importJson(file.toString());

        assertThat(imported).singleElement().satisfies(guide -> {
            assertThat(guide.id()).isEqualTo(published.id());
            assertThat(guide.created()).isFalse();
            assertThat(guide.revision()).isEqualTo(2);
        });
        Guide after = guides.find(published.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(GuideStatus.DRAFT);
        assertThat(after.content().title().in(Language.EN)).contains("New title");
        assertThat(guides.findPublished(published.slug()).orElseThrow().content()).isEqualTo(published.content());
        assertThat(audited(GuideActions.IMPORT, published.slug().value())).singleElement()
                .satisfies(event -> assertThat(event.actor()).isEqualTo("round-trip-editor"));
    }

    @Test
    @WithMockUser(username = "bundle-editor", roles = "EDITOR")
    void guides_new_to_the_instance_are_created_as_drafts_even_when_the_file_says_published() {
        String slug = "brand-new-" + suffix;
        String file = GuideBundles.write(List.of(new Guide(GuideId.random(), new Slug(slug), TestGuides.serbia(),
                GuideStatus.PUBLISHED, 3, 3, 7)));

        List<ImportedGuide> imported = transfers.importJson(file);

        assertThat(imported).singleElement().satisfies(guide -> {
            assertThat(guide.created()).isTrue();
            assertThat(guide.revision()).isEqualTo(1);
        });
        assertThat(guides.findBySlug(new Slug(slug)).orElseThrow().status()).isEqualTo(GuideStatus.DRAFT);
        assertThat(guides.findPublished(new Slug(slug))).isEmpty();
    }

    @Test
    @WithMockUser(username = "careless-editor", roles = "EDITOR")
    void an_import_that_breaks_a_rule_changes_nothing_and_names_each_guide_and_rule() {
        Guide existing = storedGuide("untouched");
        String newSlug = "would-be-new-" + suffix;
        ObjectNode file = bundle(GuideBundles.write(List.of(
                Guide.draft(GuideId.random(), new Slug(newSlug), TestGuides.serbia()),
                existing,
                Guide.draft(GuideId.random(), new Slug("third-" + suffix), TestGuides.serbia()))));
        ((ObjectNode) file.get("guides").get(1).get("content")).putArray("cardTypes");
        ((ObjectNode) file.get("guides").get(2)).put("colour", "blue");
        long before = guides.count();

        Throwable thrown = catchThrowable(() -> transfers.importJson(file.toString()));

        assertThat(thrown).isInstanceOf(ImportRefusedException.class);
        assertThat(((ImportRefusedException) thrown).problems()).containsExactly(
                "guide 2 (" + existing.slug() + "): a guide must cover at least one card type (in content)",
                "guide 3 (third-" + suffix + "): unknown property 'colour'");
        assertThat(guides.count()).isEqualTo(before);
        assertThat(guides.findBySlug(new Slug(newSlug))).isEmpty();
        assertThat(guides.find(existing.id())).contains(existing);
        assertThat(audited(GuideActions.IMPORT, newSlug)).isEmpty();
    }

    @Test
    @WithMockUser(username = "careless-editor", roles = "EDITOR")
    void bad_files_are_refused_with_the_reason() {
        String slug = "twice-" + suffix;
        Guide twice = Guide.draft(GuideId.random(), new Slug(slug), TestGuides.serbia());
        Guide archived = guides.save(storedGuide("archived").archive(), "tester", "archive");

        assertThatThrownBy(() -> transfers.importJson("{not json")).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> transfers.importJson("[]")).hasMessageContaining("must be a JSON object");
        assertThatThrownBy(() -> transfers.importJson("{\"format\":\"other\",\"version\":2,\"guides\":[],\"x\":1}"))
                .hasMessageContaining("unknown property 'x'").hasMessageContaining("\"format\" must be \"waymark-guides\"")
                .hasMessageContaining("\"version\" must be 1").hasMessageContaining("no guide");
        assertThatThrownBy(() -> transfers.importJson(GuideBundles.write(List.of(twice, twice))))
                .hasMessageContaining("guide 2 (" + slug + "): the slug '" + slug + "' is also used by guide 1");
        assertThatThrownBy(() -> transfers.importJson(GuideBundles.write(List.of(archived))))
                .hasMessageContaining("guide 1 (" + archived.slug() + "): an archived guide must be restored");
        String badWay = GuideBundles.write(List.of(twice)).replace("\"HOTLINE\"", "\"CARRIER_PIGEON\"");
        assertThatThrownBy(() -> transfers.importJson(badWay)).hasMessageContaining("guide 1 (" + slug + ")")
                .hasMessageContaining("CARRIER_PIGEON").hasMessageContaining("(in content.ways[0].kind)");
        assertThat(guides.findBySlug(new Slug(slug))).isEmpty();
    }

    /**
     * The guides of one file are written in one transaction: when a later guide fails while being written (here a
     * repository that fails on the second save; in life, a colleague's save in between), the earlier ones are
     * rolled back too.
     */
    @Test
    @WithMockUser(username = "unlucky-editor", roles = "EDITOR")
    void a_failure_while_writing_rolls_back_the_guides_written_before_it() {
        String first = "first-of-two-" + suffix;
        String second = "second-of-two-" + suffix;
        String file = GuideBundles.write(List.of(Guide.draft(GuideId.random(), new Slug(first), TestGuides.serbia()),
                Guide.draft(GuideId.random(), new Slug(second), TestGuides.serbia())));
        Guides failingSecondSave = new FailingGuides(guides, 2);
        TransferService service = new TransferService(failingSecondSave, operators, auditor, pictures);

        Throwable thrown = catchThrowable(() -> transactions.executeWithoutResult(status -> service.importJson(file)));

        assertThat(thrown).isInstanceOf(ImportRefusedException.class).hasMessageContaining("guide 2 (" + second + ")");
        assertThat(guides.findBySlug(new Slug(first))).isEmpty();
        assertThat(audited(GuideActions.IMPORT, first)).isEmpty();
        assertThat(TransferService.class.getAnnotation(org.springframework.transaction.annotation.Transactional.class))
                .as("the service method runs in one transaction").isNotNull();
    }

    enum Caller { NOBODY, ANONYMOUS, OTHER_ROLE, EDITOR, ADMIN }

    interface Call {
        void on(TransferService transfers, String slug);
    }

    static Stream<Arguments> matrix() {
        ImportOptions options = new ImportOptions(new CountryCode("RS"), Set.of(CardType.ESIM), Language.ZH_CN);
        List<Arguments> methods = List.of(
                Arguments.of("detect", (Call) (t, slug) -> t.detect("# 塞尔维亚eSIM")),
                Arguments.of("importMarkdown", (Call) (t, slug) -> t.importMarkdown(Seeds.read(Seeds.SERBIA_ESIM), options,
                        null)),
                Arguments.of("exportGuide", (Call) (t, slug) -> t.exportGuide(slug)),
                Arguments.of("exportAll", (Call) (t, slug) -> t.exportAll()),
                Arguments.of("importJson", (Call) (t, slug) -> t.importJson(t.exportGuide(slug))));
        return Stream.of(Caller.values()).flatMap(caller -> methods.stream()
                .map(method -> Arguments.of(caller, method.get()[0], method.get()[1])));
    }

    @ParameterizedTest(name = "{0} calls {1}")
    @MethodSource("matrix")
    void only_editors_and_admins_may_import_and_export(Caller caller, String method, Call call) {
        String slug = storedGuide("matrix").slug().value();
        long guidesBefore = guides.count();
        signInAs(caller);

        Throwable thrown = catchThrowable(() -> call.on(transfers, slug));

        if (caller == Caller.EDITOR || caller == Caller.ADMIN) {
            assertThat(thrown).as(caller + " may call " + method).isNull();
        } else {
            assertThat(thrown).as(caller + " may not call " + method)
                    .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
            assertThat(guides.count()).isEqualTo(guidesBefore);
            assertThat(guides.findBySlug(new Slug(slug)).orElseThrow().savedRevision()).isEqualTo(1);
        }
    }

    private static void signInAs(Caller caller) {
        Authentication authentication = switch (caller) {
            case NOBODY -> null;
            case ANONYMOUS -> new AnonymousAuthenticationToken("key", "anonymousUser",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
            case OTHER_ROLE -> UsernamePasswordAuthenticationToken.authenticated("reader", null,
                    AuthorityUtils.createAuthorityList("ROLE_READER"));
            case EDITOR -> UsernamePasswordAuthenticationToken.authenticated("matrix-editor", null,
                    AuthorityUtils.createAuthorityList("ROLE_EDITOR"));
            case ADMIN -> UsernamePasswordAuthenticationToken.authenticated("matrix-admin", null,
                    AuthorityUtils.createAuthorityList("ROLE_ADMIN"));
        };
        SecurityContextHolder.clearContext();
        if (authentication != null) {
            SecurityContextHolder.getContext().setAuthentication(authentication);
        }
    }
}
