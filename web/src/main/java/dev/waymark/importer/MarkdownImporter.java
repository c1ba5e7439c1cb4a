package dev.waymark.importer;

import dev.waymark.base.Check;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.AfterCheck;
import dev.waymark.guide.Applicability;
import dev.waymark.guide.CardType;
import dev.waymark.guide.Caution;
import dev.waymark.guide.Evidence;
import dev.waymark.guide.Faq;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.Language;
import dev.waymark.guide.Platform;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.Provenance;
import dev.waymark.guide.RequiredDocument;
import dev.waymark.guide.Source;
import dev.waymark.guide.SourceKey;
import dev.waymark.guide.Requirement;
import dev.waymark.guide.Step;
import dev.waymark.guide.Way;
import dev.waymark.guide.WayKind;
import dev.waymark.importer.Headings.Classified;
import dev.waymark.importer.Headings.Kind;
import dev.waymark.importer.ImportNote.Reason;
import dev.waymark.operator.FormerName;
import dev.waymark.operator.Operator;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Turns a how-to article in Markdown into draft guide content. Promotion is dropped first ({@link Promotions}),
 * then the metadata at its head ({@link FrontMatter}): source URLs become the guide's sources, a language tag its
 * source language where Waymark writes that language. The first level-1 heading is the title. The rest is read
 * as sections under headings, and each section is placed by what its heading announces
 * ({@link Headings}): requirements, documents, ways with their steps, after-checks, cautions, FAQ. Lists give
 * one item or step per entry; numbered sub-headings ("第一步") give one step each. Headings that name a device
 * (iPhone, Samsung, Pixel) give device steps limited to that platform. A statement that it can only be done in
 * person ("only in a store") sends the steps that name no channel to the store visit. Question-shaped headings
 * and bold questions with their answers are the FAQ, and nothing else is. Tables are kept whole. Background,
 * anecdotes and summaries, and whatever else cannot be placed, go to the guide's unsorted part, word for word,
 * under the headings they stood under, and the report notes each with its line and why: nothing of the article
 * is lost. The promotion and the metadata are reported line by line.
 *
 * <p>The articles' facts are often wrong, so every statement taken from them is marked unverified, and no
 * operator is added to the guide: operators the text mentions come back as hints for the editor.
 *
 * <p>Plain Java: no Spring, no database. Not thread-safe per call, but every call builds its own state.
 */
public final class MarkdownImporter {

    /** The longest article accepted, in characters. */
    public static final int MAX_LENGTH = 60_000;

    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*+]|\\d{1,9}[.)])[ \\t]*");
    private static final Pattern LABEL = Pattern.compile("(?s)^\\s*\\*\\*(.+?)\\*\\*\\s*[:：]?\\s*(.*)$");
    private static final Pattern DOCUMENT_LEAD_IN = Pattern.compile(
            "(?i)(需要提供|提供以下|以下信息|以下材料|以下证件|携带|准备好|材料|证件|documents|bring|have ready).*[:：]\\s*$",
            Pattern.DOTALL);
    private static final Pattern QUESTION = Pattern.compile("^\\s*(?:\\*\\*)?\\s*(?:Q|问|问题|В|Вопрос|P|Pitanje|П|Питање)\\s*\\d*\\s*[:：.]\\s*");
    private static final Pattern ANSWER = Pattern.compile("^\\s*(?:\\*\\*)?\\s*(?:A|答|回答|О|Ответ|O|Odgovor|Одговор)\\s*[:：.]\\s*(?:\\*\\*)?\\s*");
    private static final Pattern TABLE = Pattern.compile("(?m)^\\s*\\|?.*\\|.*\n\\s*\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)+\\|?\\s*$");
    private static final Pattern ANSWER_LINE = Pattern.compile("(?m)^\\s*(?:\\*\\*)?\\s*(?:A|答|回答|О|Ответ|O|Odgovor|Одговор)\\s*[:：]");

    private final String[] lines;
    private final ImportOptions options;
    private final Language language;
    private final Map<WayKind, WayDraft> ways = new LinkedHashMap<>();
    private final List<Requirement> requirements = new ArrayList<>();
    private final List<RequiredDocument> documents = new ArrayList<>();
    private final List<AfterCheck> checks = new ArrayList<>();
    private final List<Caution> cautions = new ArrayList<>();
    private final List<Faq> faq = new ArrayList<>();
    private final StringBuilder unsorted = new StringBuilder();
    private final List<ImportNote> notes = new ArrayList<>();
    private final boolean storeOnly;
    private final FrontMatter.Read metadata;
    private final Set<Section> headedInUnsorted = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<ImportHint> hints = new LinkedHashSet<>();
    private int unsortedPieces;

    private MarkdownImporter(FrontMatter.Read metadata, ImportOptions options, Language language) {
        this.metadata = metadata;
        this.lines = metadata.text().split("\n", -1);
        this.options = options;
        this.language = language;
        Optional<String> statement = Headings.storeOnlyStatement(metadata.text());
        this.storeOnly = statement.isPresent();
        statement.ifPresent(text -> hints.add(new ImportHint(ImportHint.Kind.STORE_ONLY,
                text.length() <= 300 ? text : text.substring(0, 299) + "…",
                WayKind.STORE_VISIT.key())));
    }

    /**
     * Imports one article. The guide's source language is the one the article's metadata declares when Waymark
     * writes it, else {@code options.language()}.
     *
     * @param operators the operators the registry holds for the guide's country, to suggest the ones the article
     *                  names; none gives a {@link ImportHint.Kind#NO_OPERATORS} warning
     * @throws IllegalArgumentException when the article is empty, longer than {@link #MAX_LENGTH}, or holds nothing
     *     but promotion or metadata
     */
    public static ImportResult importArticle(String markdown, ImportOptions options, List<Operator> operators) {
        Check.present(markdown, "article");
        Check.present(options, "import options");
        Check.present(operators, "operators");
        Check.that(!markdown.isBlank(), "the article is empty");
        Check.that(markdown.length() <= MAX_LENGTH,
                "the article is too long to import: at most " + MAX_LENGTH + " characters (was " + markdown.length() + ")");
        Promotions.Cleaned cleaned = Promotions.strip(markdown.replace("\r\n", "\n").replace('\r', '\n'));
        Check.that(!cleaned.text().isBlank(), "the article holds nothing but promotion");
        FrontMatter.Read metadata = FrontMatter.read(cleaned.text());
        Check.that(!metadata.text().isBlank(), "the article holds nothing but metadata");
        // A declared language counts when Waymark writes it (it has a message file); otherwise it is hinted.
        Optional<Language> declared = metadata.language().flatMap(Language::parse)
                .filter(tag -> Texts.own(tag, "language.name").isPresent());
        Language language = declared.orElse(options.language());
        MarkdownImporter importer = new MarkdownImporter(metadata, options, language);
        GuideContent content = importer.run();
        List<ImportHint> hints = new ArrayList<>();
        if (operators.isEmpty()) {
            hints.add(new ImportHint(ImportHint.Kind.NO_OPERATORS, options.country().value(), options.country().value()));
        }
        hints.addAll(operatorHints(metadata.text(), operators));
        metadata.language().filter(tag -> declared.isEmpty())
                .ifPresent(tag -> hints.add(new ImportHint(ImportHint.Kind.LANGUAGE, tag, language.tag())));
        hints.addAll(importer.hints);
        List<ImportNote> notes = importer.notes.stream().sorted(Comparator.comparingInt(ImportNote::line)).toList();
        return new ImportResult(content, cleaned.dropped(), metadata.lines(), metadata.languageTag(), hints,
                importer.counts(content), notes);
    }

    // ---- the outline: sections under headings ----

    /** A heading and what stands under it until the next heading of the same or a higher level. */
    private static final class Section {
        final int level;
        final String title;
        /** The heading's line in the article, from 1; 1 for the article itself. */
        final int line;
        final @Nullable Section parent;
        final List<Node> blocks = new ArrayList<>();
        final List<Section> children = new ArrayList<>();

        Section(int level, String title, int line, @Nullable Section parent) {
            this.level = level;
            this.title = title;
            this.line = line;
            this.parent = parent;
        }
    }

    /**
     * Where a section sits: the card type and device platforms its headings narrow it to, and the procedure it
     * belongs to.
     */
    private record Scope(@Nullable CardType cardType, Set<Platform> platforms, @Nullable Procedure procedure) {

        Scope narrowedBy(String heading) {
            List<CardType> named = Headings.cardTypes(heading);
            Set<Platform> devices = Headings.platforms(heading);
            return new Scope(named.size() == 1 ? named.getFirst() : cardType,
                    devices.isEmpty() ? platforms : Set.copyOf(devices), procedure);
        }

        Scope in(Procedure newProcedure) {
            return new Scope(cardType, platforms, newProcedure);
        }
    }

    /** A "how to" container: steps that name no way go under the way named last in it. */
    private static final class Procedure {
        @Nullable WayKind previous;
    }

    private static final class WayDraft {
        final WayKind kind;
        @Nullable String title;
        final List<String> summary = new ArrayList<>();
        final List<Step> steps = new ArrayList<>();

        WayDraft(WayKind kind) {
            this.kind = kind;
        }
    }

    private GuideContent run() {
        Node document = PARSER.parse(String.join("\n", lines));
        Section root = outline(document);
        List<Node> intro = new ArrayList<>(root.blocks);
        List<Section> sections = new ArrayList<>(root.children);
        String title;
        Section titleSection = root;
        if (!sections.isEmpty() && sections.getFirst().level == 1) {
            // The H1 is the title, even with text above it; that text leads the summary or goes to unsorted.
            Section first = sections.removeFirst();
            title = first.title;
            intro.addAll(first.blocks);
            sections.addAll(0, first.children);
            titleSection = first;
            // Its heading is the guide's title: never repeated above unsorted text.
            headedInUnsorted.add(first);
            note(first, "title");
        } else if (metadata.title() != null) {
            title = metadata.title();
        } else if (!intro.isEmpty() && isBoldLine(intro.getFirst())) {
            title = plainText(intro.removeFirst());
        } else if (!sections.isEmpty() && intro.isEmpty()) {
            title = sections.getFirst().title;
        } else {
            title = intro.isEmpty() ? "" : source(intro.getFirst()).lines().findFirst().orElse("").strip();
        }
        title = title.strip();
        if (title.isEmpty()) {
            title = language == Language.ZH_CN ? "导入的文章" : "Imported article";
        }
        if (title.length() > GuideContent.TITLE_MAX_LENGTH) {
            unsorted(titleSection, titleSection.line, title, Reason.DOES_NOT_FIT);
            title = title.substring(0, GuideContent.TITLE_MAX_LENGTH - 1) + "…";
        }
        Scope scope = new Scope(null, Set.of(), null);
        LocalizedText summary = summary(intro, titleSection, scope);
        for (Section section : sections) {
            place(section, scope, false);
        }
        List<Way> builtWays = ways.values().stream().filter(way -> !way.steps.isEmpty() || way.title != null
                || !way.summary.isEmpty()).map(this::way).toList();
        return new GuideContent(language, options.country(), options.topic(), LocalizedText.of(language, title),
                summary, options.cardTypes(), List.of(), requirements, documents, builtWays, checks, cautions, faq,
                List.of(), provenance(title), unsorted.toString());
    }

    /**
     * The metadata's source URLs as the guide's sources, titled by the article's title (or its metadata title),
     * not marked official (the editor knows which are), read on the metadata's date when it gives one.
     */
    private Provenance provenance(String title) {
        List<Source> sources = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        String sourceTitle = metadata.title() != null ? metadata.title() : title;
        if (sourceTitle.length() > Source.TITLE_MAX_LENGTH) {
            sourceTitle = sourceTitle.substring(0, Source.TITLE_MAX_LENGTH - 1) + "…";
        }
        for (URI url : metadata.sources()) {
            String host = Objects.requireNonNullElse(url.getHost(), "source").toLowerCase(Locale.ROOT)
                    .replaceFirst("^www\\.", "");
            String base = host.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            base = base.isEmpty() ? "source" : base.substring(0, Math.min(base.length(), SourceKey.MAX_LENGTH - 4));
            String key = base;
            for (int n = 2; !keys.add(key); n++) {
                key = base + "-" + n;
            }
            sources.add(new Source(new SourceKey(key), url, sourceTitle, false, metadata.date()));
        }
        return sources.isEmpty() ? Provenance.NONE : new Provenance(sources, null, null);
    }

    private Section outline(Node document) {
        Section root = new Section(0, "", 1, null);
        List<Section> open = new ArrayList<>(List.of(root));
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading heading) {
                while (open.getLast().level >= heading.getLevel()) {
                    open.removeLast();
                }
                Section section = new Section(heading.getLevel(), plainText(heading), line(heading), open.getLast());
                open.getLast().children.add(section);
                open.add(section);
            } else {
                open.getLast().blocks.add(block);
            }
        }
        return root;
    }

    /**
     * The intro paragraphs, as far as they fit; tables, lists and the rest go to unsorted. A statement that it
     * can only be done in person is a step of the store visit.
     */
    private LocalizedText summary(List<Node> intro, Section section, Scope scope) {
        StringBuilder summary = new StringBuilder();
        for (Node block : intro) {
            String text = source(block);
            int length = summary.isEmpty() ? text.length() : summary.length() + 2 + text.length();
            if (text.isBlank()) {
                continue;
            }
            if (block instanceof Paragraph && Headings.storeOnly(text)) {
                storeStep(text, scope, section, line(block));
            } else if (isTable(text)) {
                unsorted(section, line(block), text, Reason.TABLE);
            } else if (!(block instanceof Paragraph)) {
                unsorted(section, line(block), text, Reason.UNRECOGNISED);
            } else if (length <= GuideContent.SUMMARY_MAX_LENGTH) {
                summary.append(summary.isEmpty() ? "" : "\n\n").append(text);
            } else {
                unsorted(section, line(block), text, Reason.DOES_NOT_FIT);
            }
        }
        return summary.isEmpty() ? LocalizedText.EMPTY : LocalizedText.of(language, summary.toString());
    }

    // ---- placing sections ----

    /**
     * Places one section by what its heading announces.
     *
     * @param itemLike true when the heading is itself one item (a numbered sub-heading of a procedure or way,
     *                 such as "检查SIM卡状态"), false when it names a whole part ("注意事项")
     */
    private void place(Section section, Scope outer, boolean itemLike) {
        Classified classified = Headings.classify(section.title);
        Scope scope = outer.narrowedBy(section.title);
        if (isDevice(section, classified)) {
            deviceSection(section, WayKind.DEVICE_SETTINGS, scope);
            return;
        }
        if (isQuestionWithAnswer(section, classified)) {
            note(section, "faq");
            addFaq(Headings.withoutOrdinal(section.title), body(section), section);
            return;
        }
        switch (classified.kind()) {
            case FAQ -> {
                note(section, "faq");
                faqSection(section, scope);
            }
            case REQUIREMENTS, DOCUMENTS, CHECKS, CAUTIONS -> {
                note(section, classified.kind().name().toLowerCase(Locale.ROOT));
                itemSection(section, classified.kind(), scope, itemLike);
            }
            case WAY -> waySection(section, Objects.requireNonNull(classified.way()), scope);
            case PROCEDURE -> {
                note(section, "procedure");
                procedureSection(section, scope.in(new Procedure()));
            }
            case OTHER -> {
                if (scope.procedure() != null && itemLike) {
                    genericStep(section, scope);
                } else {
                    unsortedSection(section, scope, Reason.UNRECOGNISED);
                }
            }
            case BACKGROUND -> unsortedSection(section, scope, Reason.BACKGROUND);
        }
    }

    /**
     * A heading shaped as a question with only paragraphs under it: a question and its answer, unless the heading
     * announces background or a part of its own ("What to check afterwards?").
     */
    private boolean isQuestionWithAnswer(Section section, Classified classified) {
        return Headings.isQuestion(section.title) && section.children.isEmpty() && !section.blocks.isEmpty()
                && section.blocks.stream().allMatch(block -> block instanceof Paragraph && !isTable(source(block)))
                && (classified.kind() == Kind.OTHER || classified.kind() == Kind.PROCEDURE
                || classified.kind() == Kind.WAY);
    }

    /** A heading that names a device and nothing that outranks it (questions, background, another way). */
    private static boolean isDevice(Section section, Classified classified) {
        return !Headings.platforms(section.title).isEmpty() && classified.kind() != Kind.FAQ
                && classified.kind() != Kind.BACKGROUND && !Headings.isQuestion(section.title)
                && (classified.kind() != Kind.WAY || classified.way() == WayKind.DEVICE_SETTINGS);
    }

    /**
     * The section's own text goes to unsorted, but for bold questions with their answers (FAQ) and statements
     * that it can only be done in person (store visit); its sub-sections are placed on their own.
     */
    private void unsortedSection(Section section, Scope scope, Reason reason) {
        List<Node> rest = boldQuestions(section);
        for (Node block : rest) {
            String text = source(block);
            if (block instanceof Paragraph && Headings.storeOnly(text)) {
                storeStep(text, scope, section, line(block));
            } else {
                unsorted(section, line(block), text, isTable(text) ? Reason.TABLE : reason);
            }
        }
        if (section.blocks.isEmpty() && section.children.isEmpty()) {
            unsorted(section, section.line, "", Reason.EMPTY);
        }
        section.children.forEach(child -> place(child, scope, false));
    }

    private void procedureSection(Section section, Scope scope) {
        Set<Node> documentLists = documentLists(section);
        for (Node block : boldQuestions(section)) {
            String text = source(block);
            if (documentLists.contains(block)) {
                items(block).forEach(item -> addItem(Kind.DOCUMENTS, item, scope, section));
            } else if (block instanceof ListBlock) {
                items(block).forEach(item -> procedureItem(item, section, scope));
            } else if (block instanceof Paragraph && Headings.storeOnly(text)) {
                storeStep(text, scope, section, line(block));
            } else {
                unsorted(section, line(block), text, isTable(text) ? Reason.TABLE : Reason.AROUND_LIST);
            }
        }
        for (Section child : section.children) {
            Classified classified = Headings.classify(child.title);
            if (isDevice(child, classified)) {
                deviceSection(child, WayKind.DEVICE_SETTINGS, scope.narrowedBy(child.title));
            } else {
                place(child, scope, true);
            }
        }
    }

    /** A list entry of a procedure: its bold label says where it goes, else its words say which way. */
    private void procedureItem(String item, Section section, Scope scope) {
        Classified label = label(item).map(Headings::classify).orElse(new Classified(Kind.OTHER, null));
        switch (label.kind()) {
            case WAY -> wayStep(Objects.requireNonNull(label.way()), item, scope, section);
            case REQUIREMENTS, DOCUMENTS, CHECKS, CAUTIONS -> addItem(label.kind(), item, scope, section);
            default -> {
                Optional<WayKind> way = guessedWay(item, scope);
                if (way.isPresent()) {
                    guessed(label(item).orElse(shortened(item)), way.get());
                    wayStep(way.get(), item, scope, section);
                } else {
                    unsorted(section, section.line, item, Reason.NO_WAY);
                }
            }
        }
    }

    /** A sub-section of a procedure that names no way: one step, under the way its words point at. */
    private void genericStep(Section section, Scope scope) {
        String text = stepText(section);
        Optional<WayKind> way = guessedWay(text, scope);
        if (way.isEmpty()) {
            unsorted(section, section.line, body(section), Reason.NO_WAY);
            return;
        }
        note(section, "step:" + way.get().key());
        guessed(Headings.withoutOrdinal(section.title), way.get());
        wayStep(way.get(), text, scope, section);
    }

    /** Notes a guess for the editor; under a statement that it can only be done in person, that hint says it. */
    private void guessed(String text, WayKind way) {
        if (!storeOnly) {
            hints.add(new ImportHint(ImportHint.Kind.WAY_GUESSED, text, way.key()));
        }
    }

    /**
     * The way the words of steps that name no channel point at: the store visit when the article says it can only
     * be done in person, else the way their words name, else the way the procedure named last.
     */
    private Optional<WayKind> guessedWay(String text, Scope scope) {
        if (storeOnly) {
            return Optional.of(WayKind.STORE_VISIT);
        }
        Procedure procedure = scope.procedure();
        return Headings.guessWay(text).or(() -> Optional.ofNullable(procedure == null ? null : procedure.previous));
    }

    /** A statement that it can only be done in person: a step of the store visit. */
    private void storeStep(String text, Scope scope, Section section, int line) {
        if (!wayStep(WayKind.STORE_VISIT, text, scope, section)) {
            unsorted(section, line, text, Reason.DOES_NOT_FIT);
        }
    }

    private void waySection(Section section, WayKind kind, Scope scope) {
        note(section, "way:" + kind.key());
        WayDraft way = way(kind);
        if (way.title == null) {
            String title = Headings.withoutOrdinal(section.title);
            way.title = title.length() <= 160 ? title : null;
        }
        if (scope.procedure() != null) {
            scope.procedure().previous = kind;
        }
        Set<Node> documentLists = documentLists(section);
        boolean explicitSteps = section.blocks.stream().anyMatch(block -> block instanceof ListBlock
                && !documentLists.contains(block)) || section.children.stream().anyMatch(child -> isStepOf(child, kind));
        boolean beforeSteps = true;
        for (Node block : boldQuestions(section)) {
            String text = source(block);
            if (documentLists.contains(block)) {
                items(block).forEach(item -> addItem(Kind.DOCUMENTS, item, scope, section));
                beforeSteps = false;
            } else if (block instanceof ListBlock) {
                items(block).forEach(item -> wayItem(item, kind, scope, section));
                beforeSteps = false;
            } else if (kind != WayKind.STORE_VISIT && block instanceof Paragraph && Headings.storeOnly(text)) {
                storeStep(text, scope, section, line(block));
            } else if (isTable(text)) {
                unsorted(section, line(block), text, Reason.TABLE);
            } else if (!explicitSteps) {
                wayStep(kind, text, scope, section);
            } else if (beforeSteps && block instanceof Paragraph && !isDocumentLeadIn(block, section)) {
                addSummary(way, text, section, line(block));
            } else {
                unsorted(section, line(block), text, Reason.AROUND_LIST);
            }
        }
        for (Section child : section.children) {
            Classified classified = Headings.classify(child.title);
            if (isDevice(child, classified)) {
                deviceSection(child, kind == WayKind.ONLINE_ACCOUNT || kind == WayKind.OPERATOR_APP
                        ? kind : WayKind.DEVICE_SETTINGS, scope.narrowedBy(child.title));
            } else if (isStepOf(child, kind)) {
                note(child, "step:" + kind.key());
                wayStep(kind, stepText(child), scope.narrowedBy(child.title), child);
            } else if (classified.kind() == Kind.WAY) {
                waySection(child, Objects.requireNonNull(classified.way()), scope.narrowedBy(child.title));
            } else {
                place(child, scope, true);
            }
        }
    }

    /**
     * A section for one device ("iPhone", "Samsung Galaxy"): its list entries, or else its paragraphs, are steps
     * of the way limited to the device's platform; the first step carries the heading as its label.
     */
    private void deviceSection(Section section, WayKind kind, Scope scope) {
        note(section, "way:" + kind.key() + ":" + scope.platforms().stream().map(Platform::key).sorted().toList());
        boolean hasList = section.blocks.stream().anyMatch(block -> block instanceof ListBlock);
        String label = "**" + Headings.withoutOrdinal(section.title) + "**";
        boolean labelled = false;
        for (Node block : section.blocks) {
            String text = source(block);
            if (block instanceof ListBlock) {
                for (String item : items(block)) {
                    String step = labelled ? item : label + "\n\n" + item;
                    labelled |= wayStep(kind, step, scope, section);
                }
            } else if (!hasList && block instanceof Paragraph && !isTable(text)) {
                String step = labelled ? text : label + "\n\n" + text;
                labelled |= wayStep(kind, step, scope, section);
            } else {
                unsorted(section, line(block), text, isTable(text) ? Reason.TABLE : Reason.AROUND_LIST);
            }
        }
        for (Section child : section.children) {
            if (isStepOf(child, kind)) {
                note(child, "step:" + kind.key());
                String step = labelled ? stepText(child) : label + "\n\n" + stepText(child);
                labelled |= wayStep(kind, step, scope.narrowedBy(child.title), child);
            } else {
                place(child, scope, true);
            }
        }
        if (!labelled && section.blocks.isEmpty() && section.children.isEmpty()) {
            unsorted(section, section.line, "", Reason.EMPTY);
        }
    }

    /** Numbered steps, unrecognised sub-headings and sub-headings of the same way are steps of the way. */
    private static boolean isStepOf(Section child, WayKind kind) {
        Classified classified = Headings.classify(child.title);
        return Headings.isStep(child.title) || classified.kind() == Kind.OTHER && !Headings.isQuestion(child.title)
                || classified.kind() == Kind.PROCEDURE || (classified.kind() == Kind.WAY && classified.way() == kind);
    }

    /** A list entry of a way: a step, unless its bold label names another way or another part. */
    private void wayItem(String item, WayKind kind, Scope scope, Section section) {
        Classified label = label(item).map(Headings::classify).orElse(new Classified(Kind.OTHER, null));
        switch (label.kind()) {
            case WAY -> wayStep(Objects.requireNonNull(label.way()), item, scope, section);
            case REQUIREMENTS, DOCUMENTS, CHECKS, CAUTIONS -> addItem(label.kind(), item, scope, section);
            default -> wayStep(kind, item, scope, section);
        }
    }

    private void addSummary(WayDraft way, String text, Section section, int line) {
        int length = way.summary.stream().mapToInt(part -> part.length() + 2).sum() + text.length();
        if (length <= 2000) {
            way.summary.add(text);
        } else {
            unsorted(section, line, text, Reason.DOES_NOT_FIT);
        }
    }

    /** Adds a step; false when it went to unsorted instead (a table, too long, too many steps). */
    private boolean wayStep(WayKind kind, String text, Scope scope, Section section) {
        WayDraft way = way(kind);
        if (scope.procedure() != null) {
            scope.procedure().previous = kind;
        }
        if (isTable(text)) {
            unsorted(section, section.line, text, Reason.TABLE);
            return false;
        }
        if (way.steps.size() >= Way.MAX_STEPS) {
            unsorted(section, section.line, text, Reason.DOES_NOT_FIT);
            return false;
        }
        return attempt(() -> way.steps.add(new Step(text(text), null, null, applies(scope), Evidence.UNVERIFIED)),
                section, text);
    }

    private WayDraft way(WayKind kind) {
        return ways.computeIfAbsent(kind, WayDraft::new);
    }

    private Way way(WayDraft draft) {
        LocalizedText title = draft.title == null ? null : LocalizedText.of(language, draft.title);
        LocalizedText summary = draft.summary.isEmpty() ? null : text(String.join("\n\n", draft.summary));
        return new Way(draft.kind, title, summary, draft.steps, null, null, List.of(), Applicability.ALL,
                Evidence.UNVERIFIED);
    }

    /**
     * Requirements, documents, checks or cautions: one item per list entry. A section with no list and no
     * sub-sections gives one item per paragraph, or, when its heading is itself an item, one item of heading
     * and text. Lead-in paragraphs of lists go to unsorted. Sub-sections for a device are device steps, not items.
     */
    private void itemSection(Section section, Kind kind, Scope scope, boolean itemLike) {
        Set<Node> documentLists = documentLists(section);
        boolean hasList = section.blocks.stream().anyMatch(block -> block instanceof ListBlock);
        if (itemLike && !hasList && section.children.isEmpty() && !section.blocks.isEmpty()) {
            addItem(kind, labelled(Headings.withoutOrdinal(section.title), body(section)), scope, section);
            return;
        }
        boolean paragraphsAreItems = !hasList && section.children.isEmpty();
        for (Node block : section.blocks) {
            String text = source(block);
            if (block instanceof ListBlock) {
                Kind listKind = documentLists.contains(block) ? Kind.DOCUMENTS : kind;
                items(block).forEach(item -> addItem(listKind, item, scope, section));
            } else if (block instanceof Paragraph && Headings.storeOnly(text)) {
                storeStep(text, scope, section, line(block));
            } else if (paragraphsAreItems && block instanceof Paragraph && !isTable(text)) {
                addItem(kind, text, scope, section);
            } else {
                unsorted(section, line(block), text, isTable(text) ? Reason.TABLE : Reason.AROUND_LIST);
            }
        }
        for (Section child : section.children) {
            Classified classified = Headings.classify(child.title);
            Kind childKind = classified.kind();
            if (isDevice(child, classified)) {
                deviceSection(child, WayKind.DEVICE_SETTINGS, scope.narrowedBy(child.title));
            } else if (childKind == Kind.FAQ || childKind == Kind.BACKGROUND
                    || Headings.isQuestion(child.title)
                    || (childKind != kind && (childKind == Kind.REQUIREMENTS || childKind == Kind.DOCUMENTS
                    || childKind == Kind.CHECKS || childKind == Kind.CAUTIONS))) {
                place(child, scope, false);
            } else {
                note(child, "item:" + kind.name().toLowerCase(Locale.ROOT));
                addItem(kind, labelled(Headings.withoutOrdinal(child.title), body(child)), scope.narrowedBy(child.title),
                        child);
            }
        }
    }

    /** One requirement, document, check or caution; a bold label splits a condition or name from the rest. */
    private void addItem(Kind kind, String item, Scope scope, Section section) {
        if (isTable(item)) {
            unsorted(section, section.line, item, Reason.TABLE);
            return;
        }
        Applicability applies = applies(scope);
        Optional<String> label = label(item);
        String rest = label.isPresent() ? LABEL.matcher(item).replaceFirst("$2").strip() : "";
        attempt(() -> {
            switch (kind) {
                case REQUIREMENTS -> requirements.add(label.isPresent() && !rest.isEmpty()
                        ? new Requirement(text(label.get()), text(rest), applies, Evidence.UNVERIFIED)
                        : new Requirement(text(item), null, applies, Evidence.UNVERIFIED));
                case DOCUMENTS -> documents.add(label.isPresent() && !rest.isEmpty()
                        ? new RequiredDocument(text(label.get()), text(rest), applies, Evidence.UNVERIFIED)
                        : new RequiredDocument(text(item), null, applies, Evidence.UNVERIFIED));
                case CHECKS -> checks.add(new AfterCheck(text(item), applies, Evidence.UNVERIFIED));
                case CAUTIONS -> cautions.add(new Caution(text(item), applies, Evidence.UNVERIFIED));
                default -> throw new IllegalStateException("not an item kind: " + kind);
            }
        }, section, item);
    }

    /**
     * A questions section: questions as sub-headings shaped as questions, with the answer under them; "Q:" and
     * "A:" paragraphs; bold questions with the paragraphs under them as the answer. Other sub-sections are placed
     * on their own ("Related" is not a question); other text goes to unsorted.
     */
    private void faqSection(Section section, Scope scope) {
        List<Node> blocks = boldQuestions(section);
        for (int i = 0; i < blocks.size(); i++) {
            String text = source(blocks.get(i));
            String next = i + 1 < blocks.size() ? source(blocks.get(i + 1)) : "";
            Matcher answerLine = ANSWER_LINE.matcher(text);
            if (QUESTION.matcher(text).find() && answerLine.find() && answerLine.start() > 0) {
                addFaq(text.substring(0, answerLine.start()), text.substring(answerLine.start()), section);
            } else if (QUESTION.matcher(text).find() && ANSWER.matcher(next).find()) {
                addFaq(text, next, section);
                i++;
            } else {
                unsorted(section, line(blocks.get(i)), text, isTable(text) ? Reason.TABLE : Reason.NOT_A_QUESTION);
            }
        }
        for (Section child : section.children) {
            String answer = body(child);
            if (Headings.isQuestion(child.title) && !answer.isBlank()) {
                note(child, "faq");
                addFaq(Headings.withoutOrdinal(child.title), answer, child);
            } else if (Headings.isQuestion(child.title)) {
                unsorted(child, child.line, "", Reason.EMPTY);
            } else {
                place(child, scope, false);
            }
        }
    }

    /**
     * Takes the bold questions of a section ("**Can I keep my number?**" followed by the answer's paragraphs, up to
     * the next bold question or list) into the FAQ, and returns the section's other blocks.
     */
    private List<Node> boldQuestions(Section section) {
        List<Node> rest = new ArrayList<>();
        List<Node> blocks = section.blocks;
        for (int i = 0; i < blocks.size(); i++) {
            Node block = blocks.get(i);
            if (isBoldQuestion(block) && i + 1 < blocks.size() && blocks.get(i + 1) instanceof Paragraph
                    && !isBoldQuestion(blocks.get(i + 1))) {
                List<String> answer = new ArrayList<>();
                int j = i + 1;
                while (j < blocks.size() && blocks.get(j) instanceof Paragraph && !isBoldQuestion(blocks.get(j))
                        && !isTable(source(blocks.get(j)))) {
                    answer.add(source(blocks.get(j)));
                    j++;
                }
                addFaq(plainText(block), String.join("\n\n", answer), section);
                i = j - 1;
            } else {
                rest.add(block);
            }
        }
        return rest;
    }

    private static boolean isBoldQuestion(Node block) {
        return isBoldLine(block) && Headings.isQuestion(plainText(block));
    }

    private void addFaq(String question, String answer, Section section) {
        String q = QUESTION.matcher(question.strip()).replaceFirst("").replaceAll("\\*\\*$", "").strip();
        String a = ANSWER.matcher(answer.strip()).replaceFirst("").strip();
        attempt(() -> faq.add(new Faq(text(q), text(a), Evidence.UNVERIFIED)), section, question + "\n\n" + answer);
    }

    /**
     * Runs an addition; what a domain rule refuses (too long, say) goes to unsorted instead. True when it was
     * added.
     */
    private boolean attempt(Runnable addition, Section section, String text) {
        try {
            addition.run();
            return true;
        } catch (IllegalArgumentException e) {
            unsorted(section, section.line, text, Reason.DOES_NOT_FIT);
            return false;
        }
    }

    /**
     * Adds text to the unsorted part under its heading, and the headings above it, each written once, and notes
     * where it stood in the article and why it is there.
     */
    private void unsorted(Section section, int line, String text, Reason reason) {
        heading(section);
        if (!text.isBlank()) {
            unsorted.append(unsorted.isEmpty() ? "" : "\n\n").append(text.strip());
            unsortedPieces++;
            notes.add(new ImportNote(ImportNote.Kind.UNSORTED, line, shortened(text), reason.key()));
        } else if (section.level > 0) {
            unsortedPieces++;
            notes.add(new ImportNote(ImportNote.Kind.UNSORTED, section.line, shortened(section.title), reason.key()));
        }
    }

    /** Notes what a heading was read as. */
    private void note(Section section, String detail) {
        if (section.level > 0) {
            notes.add(new ImportNote(ImportNote.Kind.HEADING, section.line, section.title.isBlank() ? "#" : section.title,
                    detail));
        }
    }

    private void heading(Section section) {
        if (section.level > 0 && !headedInUnsorted.contains(section)) {
            if (section.parent != null) {
                heading(section.parent);
            }
            headedInUnsorted.add(section);
            unsorted.append(unsorted.isEmpty() ? "" : "\n\n").append("#".repeat(Math.min(section.level, 6)))
                    .append(' ').append(section.title);
        }
    }

    private Applicability applies(Scope scope) {
        CardType type = scope.cardType();
        Set<CardType> types = type != null && options.cardTypes().size() > 1 && options.cardTypes().contains(type)
                ? Set.of(type) : Set.of();
        return types.isEmpty() && scope.platforms().isEmpty() ? Applicability.ALL
                : new Applicability(types, Set.of(), scope.platforms());
    }

    private LocalizedText text(String text) {
        return LocalizedText.of(language, text);
    }

    private Map<ImportPart, Integer> counts(GuideContent content) {
        Map<ImportPart, Integer> counts = new EnumMap<>(ImportPart.class);
        counts.put(ImportPart.REQUIREMENTS, content.requirements().size());
        counts.put(ImportPart.DOCUMENTS, content.documents().size());
        counts.put(ImportPart.WAYS, content.ways().size());
        counts.put(ImportPart.STEPS, content.ways().stream().mapToInt(way -> way.steps().size()).sum());
        counts.put(ImportPart.CHECKS, content.checks().size());
        counts.put(ImportPart.CAUTIONS, content.cautions().size());
        counts.put(ImportPart.FAQ, content.faq().size());
        counts.put(ImportPart.UNSORTED, unsortedPieces);
        return counts;
    }

    // ---- hints ----

    /** The country's operators the text names by their name, a former name, or the first word of either. */
    static List<ImportHint> operatorHints(String text, List<Operator> operators) {
        List<ImportHint> hints = new ArrayList<>();
        for (Operator operator : operators) {
            List<String> names = new ArrayList<>(List.of(operator.name()));
            operator.formerNames().stream().map(FormerName::name).forEach(names::add);
            for (String name : List.copyOf(names)) {
                String first = name.split("\\s+")[0];
                if (!first.equals(name) && first.length() >= 2) {
                    names.add(first);
                }
            }
            for (String name : names) {
                Matcher matcher = Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(name) + "(?![A-Za-z0-9])",
                        Pattern.CASE_INSENSITIVE).matcher(text);
                if (matcher.find()) {
                    hints.add(new ImportHint(ImportHint.Kind.OPERATOR, matcher.group(), operator.code().value()));
                    break;
                }
            }
        }
        return hints;
    }

    // ---- Markdown source ----

    /** The lists whose lead-in paragraph asks for documents ("需要提供以下信息："). */
    private Set<Node> documentLists(Section section) {
        Set<Node> lists = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Node> blocks = section.blocks;
        for (int i = 0; i + 1 < blocks.size(); i++) {
            if (isDocumentLeadIn(blocks.get(i), section) && blocks.get(i + 1) instanceof ListBlock) {
                lists.add(blocks.get(i + 1));
            }
        }
        return lists;
    }

    private boolean isDocumentLeadIn(Node block, Section section) {
        int index = section.blocks.indexOf(block);
        return block instanceof Paragraph && DOCUMENT_LEAD_IN.matcher(source(block)).find()
                && index + 1 < section.blocks.size() && section.blocks.get(index + 1) instanceof ListBlock;
    }

    /** Each entry of a list as Markdown, without its marker, nested lists kept. */
    private List<String> items(Node list) {
        List<String> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                String raw = source(item);
                Matcher marker = LIST_MARKER.matcher(raw);
                int width = marker.lookingAt() ? marker.end() : 0;
                List<String> itemLines = raw.lines().toList();
                StringBuilder text = new StringBuilder(itemLines.isEmpty() ? "" : itemLines.getFirst().substring(width));
                for (String line : itemLines.subList(Math.min(1, itemLines.size()), itemLines.size())) {
                    text.append('\n').append(dedent(line, width));
                }
                if (!text.toString().isBlank()) {
                    items.add(text.toString().strip());
                }
            }
        }
        return items;
    }

    /** The bold label an entry starts with ("**欠费问题**：..."), if any. */
    private static Optional<String> label(String item) {
        Matcher matcher = LABEL.matcher(item);
        return matcher.matches() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
    }

    private static String labelled(String heading, String body) {
        return body.isBlank() ? heading : "**" + heading + "**\n\n" + body;
    }

    /** A section as one step: its heading in bold, its text, and its sub-sections the same way. */
    private String stepText(Section section) {
        return labelled(Headings.withoutOrdinal(section.title), body(section));
    }

    /** Everything under a heading, sub-sections included (their headings in bold), as Markdown. */
    private String body(Section section) {
        List<String> parts = new ArrayList<>();
        section.blocks.stream().map(this::source).filter(text -> !text.isBlank()).forEach(parts::add);
        section.children.forEach(child -> parts.add(stepText(child)));
        return String.join("\n\n", parts);
    }

    /** A block's Markdown exactly as the article has it, indentation relative to the block. */
    private String source(Node block) {
        List<SourceSpan> spans = block.getSourceSpans();
        if (spans.isEmpty()) {
            return "";
        }
        SourceSpan first = spans.getFirst();
        int column = first.getColumnIndex();
        StringBuilder text = new StringBuilder();
        for (int line = first.getLineIndex(); line <= spans.getLast().getLineIndex(); line++) {
            String content = lines[line];
            text.append(line == first.getLineIndex() ? content.substring(Math.min(column, content.length()))
                    : dedent(content, column)).append('\n');
        }
        return text.toString().strip();
    }

    /** The line a block starts on, from 1. */
    private static int line(Node block) {
        List<SourceSpan> spans = block.getSourceSpans();
        return spans.isEmpty() ? 1 : spans.getFirst().getLineIndex() + 1;
    }

    /** True for a Markdown table: a row of cells and a delimiter row under it. */
    static boolean isTable(String text) {
        return TABLE.matcher(text).find();
    }

    /** The line without up to {@code width} leading spaces. */
    private static String dedent(String line, int width) {
        int i = 0;
        while (i < width && i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(i);
    }

    private static boolean isBoldLine(Node block) {
        if (!(block instanceof Paragraph)) {
            return false;
        }
        Node child = block.getFirstChild();
        return child != null && child.getNext() == null && (child instanceof StrongEmphasis || child instanceof Emphasis);
    }

    private static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        appendText(node, text);
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private static void appendText(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text literal) {
                text.append(literal.getLiteral());
            } else if (child instanceof Code code) {
                text.append(code.getLiteral());
            } else if (child instanceof org.commonmark.node.SoftLineBreak || child instanceof org.commonmark.node.HardLineBreak) {
                text.append(' ');
            } else {
                appendText(child, text);
            }
        }
    }

    private static String shortened(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() <= 60 ? line : line.substring(0, 59) + "…";
    }
}
