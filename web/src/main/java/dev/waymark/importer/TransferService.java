package dev.waymark.importer;

import dev.waymark.audit.Auditor;
import dev.waymark.base.Check;
import dev.waymark.base.StoredText;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideActions;
import dev.waymark.guide.GuideId;
import dev.waymark.guide.Illustration;
import dev.waymark.guide.Guides;
import dev.waymark.guide.Slug;
import dev.waymark.guide.SlugTakenException;
import dev.waymark.guide.StaleGuideException;
import dev.waymark.operator.Operators;
import dev.waymark.picture.PictureHash;
import dev.waymark.picture.PictureRejectedException;
import dev.waymark.picture.PictureService;
import dev.waymark.picture.StoredPicture;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import and export of guides, for editors and admins: a Markdown article becomes a draft guide; guides go out
 * to and come back from {@link GuideBundle} JSON. Every import and export is audited. Imports never publish:
 * a new guide is a draft, and a guide whose slug exists gets a new draft revision (readers keep seeing what was
 * published). A JSON import is checked whole before anything is written, and written in one transaction: it
 * saves every guide of the file or none.
 */
@Service
@Transactional
public class TransferService {

    /** The largest JSON file an import accepts, in characters. */
    public static final int JSON_MAX_LENGTH = 20_000_000;

    private static final String EDITORS = "hasAnyRole('EDITOR','ADMIN')";

    private final Guides guides;
    private final Operators operators;
    private final Auditor auditor;
    private final PictureService pictures;

    TransferService(Guides guides, Operators operators, Auditor auditor, PictureService pictures) {
        this.pictures = pictures;
        this.guides = guides;
        this.operators = operators;
        this.auditor = auditor;
    }

    /** What the article seems to be about, to pre-fill the import form. Editors and admins. */
    @PreAuthorize(EDITORS)
    @Transactional(readOnly = true)
    public Detection detect(String markdown) {
        Check.present(markdown, "article");
        StoredText.check("the article", markdown);
        Check.that(markdown.length() <= MarkdownImporter.MAX_LENGTH, "the article is too long to import: at most "
                + MarkdownImporter.MAX_LENGTH + " characters (was " + markdown.length() + ")");
        return Detection.of(markdown);
    }

    /**
     * Imports a Markdown article as a new draft guide, written by the signed-in user. Editors and admins.
     *
     * @param slug the new guide's slug; null for a generated one such as {@code import-rs-3fa2b1c9}
     * @throws IllegalArgumentException when the article is empty, too long, holds nothing but promotion or holds text
     *     PostgreSQL cannot store ({@link StoredText})
     * @throws SlugTakenException when another guide has {@code slug}; nothing is written
     */
    @PreAuthorize(EDITORS)
    public MarkdownImport importMarkdown(String markdown, ImportOptions options, @Nullable Slug slug) {
        StoredText.check("the article", Check.present(markdown, "article"));
        ImportResult result = MarkdownImporter.importArticle(markdown, Check.present(options, "import options"),
                operators.inCountry(options.country()));
        Slug chosen = slug != null ? slug : new Slug("import-" + options.country().value().toLowerCase(Locale.ROOT) + "-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
        Guide saved = guides.save(Guide.draft(GuideId.random(), chosen, result.content()), me(),
                "imported from a Markdown article");
        auditor.record(me(), GuideActions.IMPORT, saved.slug().value(), "Markdown article: "
                + result.count(ImportPart.WAYS) + " ways, " + result.count(ImportPart.STEPS) + " steps, "
                + result.count(ImportPart.UNSORTED) + " unsorted pieces, " + result.dropped().size()
                + " promotion lines dropped");
        return new MarkdownImport(saved.id(), saved.slug(), result);
    }

    /**
     * One guide, with its current content (draft or not), as a {@link GuideBundle} file. Editors and admins.
     *
     * @throws NoSuchElementException when no guide has the slug
     */
    @PreAuthorize(EDITORS)
    public String exportGuide(String slug) {
        Check.notBlank(slug, "slug");
        Guide guide = slug(slug).flatMap(guides::findBySlug)
                .orElseThrow(() -> new NoSuchElementException("no guide has the slug '" + slug.strip() + "'"));
        String json = GuideBundles.write(List.of(guide), masters(List.of(guide)));
        auditor.record(me(), GuideActions.EXPORT, guide.slug().value(), "JSON, status " + guide.status());
        return json;
    }

    /** Every guide, in any status, as one {@link GuideBundle} file. Editors and admins. */
    @PreAuthorize(EDITORS)
    public String exportAll() {
        List<Guide> all = guides.all();
        String json = GuideBundles.write(all, masters(all));
        auditor.record(me(), GuideActions.EXPORT, "all", "JSON, " + all.size() + " guides");
        return json;
    }

    /**
     * Imports a {@link GuideBundle} file: guides new to this instance become drafts; a guide whose slug exists gets
     * a new draft revision. Every guide is checked before any is written, and all are written in this one
     * transaction. Editors and admins.
     *
     * @throws ImportRefusedException naming each guide that breaks a rule, and the rule; nothing is written
     */
    @PreAuthorize(EDITORS)
    public List<ImportedGuide> importJson(String json) {
        Check.present(json, "JSON file");
        Check.that(json.length() <= JSON_MAX_LENGTH,
                "the file is too large to import: at most " + JSON_MAX_LENGTH + " characters");
        GuideBundles.Contents contents = GuideBundles.read(json);
        List<GuideBundle.Entry> entries = contents.guides();
        List<Guide> checked = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            GuideBundle.Entry entry = entries.get(i);
            try {
                checked.add(guides.findBySlug(entry.slug())
                        .map(existing -> existing.edit(entry.content()))
                        .orElseGet(() -> Guide.draft(GuideId.random(), entry.slug(), entry.content())));
            } catch (IllegalArgumentException e) {
                problems.add(label(i, entry) + ": " + e.getMessage());
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            for (Illustration picture : entries.get(i).content().pictures()) {
                if (!contents.pictures().containsKey(picture.picture()) && pictures.find(picture.picture()).isEmpty()) {
                    problems.add(label(i, entries.get(i)) + ": picture " + picture.picture().value().substring(0, 12)
                            + "… is neither in the file nor on this instance");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRefusedException(problems);
        }
        // The pictures first, each kept byte for byte under its own hash (a master re-encodes as itself).
        contents.pictures().forEach((hash, bytes) -> {
            try {
                StoredPicture kept = pictures.importMaster(bytes);
                if (!kept.hash().equals(hash)) {
                    throw new ImportRefusedException(List.of("picture " + hash.value().substring(0, 12)
                            + "… is not a picture exported by Waymark (it would be stored as another picture)"));
                }
            } catch (PictureRejectedException refused) {
                throw new ImportRefusedException(List.of("picture " + hash.value().substring(0, 12) + "…: "
                        + refused.getMessage()));
            }
        });
        String actor = me();
        List<ImportedGuide> imported = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            Guide guide = checked.get(i);
            Guide saved;
            try {
                saved = guides.save(guide, actor, "imported from JSON");
            } catch (StaleGuideException | SlugTakenException e) {
                // Someone saved meanwhile: the whole import rolls back.
                throw new ImportRefusedException(List.of(label(i, entries.get(i)) + ": " + e.getMessage()));
            }
            boolean created = guide.version() == 0;
            auditor.record(actor, GuideActions.IMPORT, saved.slug().value(), "JSON, "
                    + (created ? "new guide" : "new draft revision " + saved.savedRevision()));
            imported.add(new ImportedGuide(saved.id(), saved.slug(), saved.savedRevision(), created));
        }
        return imported;
    }

    /**
     * The masters of every picture the guides' contents reference, by hash, exactly as kept. A picture this instance
     * does not keep (the clean-up keeps every referenced one, so only after a database was edited by hand) is left
     * out: importing the file then needs it on the receiving instance, and says so.
     */
    private Map<PictureHash, byte[]> masters(List<Guide> exported) {
        Map<PictureHash, byte[]> masters = new LinkedHashMap<>();
        for (Guide guide : exported) {
            for (Illustration picture : guide.content().pictures()) {
                if (!masters.containsKey(picture.picture()) && pictures.find(picture.picture()).isPresent()) {
                    masters.put(picture.picture(), pictures.master(picture.picture()));
                }
            }
        }
        return masters;
    }

    private static String label(int index, GuideBundle.Entry entry) {
        return "guide " + (index + 1) + " (" + entry.slug() + ")";
    }

    private static Optional<Slug> slug(String text) {
        try {
            return Optional.of(new Slug(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication.getName() == null) {
            throw new IllegalStateException("nobody is signed in");
        }
        return authentication.getName();
    }
}
