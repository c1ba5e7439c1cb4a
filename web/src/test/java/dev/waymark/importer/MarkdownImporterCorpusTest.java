package dev.waymark.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waymark.guide.Evidence;
import dev.waymark.guide.GuideContent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The importer over the whole corpus: no sentence lost, every article gives ways with steps, its sources and a
 * title that is not a metadata line. Prints a table of figures per article (the corpus, then the five seed
 * articles) and writes it to {@code target/import-corpus-figures.md}.
 */
class MarkdownImporterCorpusTest {

    private static final List<String> ARTICLES = Corpus.NAMES;
    private static final List<String> SEEDS = Seeds.ALL;

    @Test
    void the_corpus_has_at_least_fifteen_articles_in_five_languages_and_scripts() {
        assertThat(ARTICLES).hasSizeGreaterThanOrEqualTo(15);
        assertThat(ARTICLES.stream().map(name -> name.replaceFirst("-\\d\\d-.*", "")).distinct())
                .containsExactlyInAnyOrder("en", "ru", "sr-latn", "sr-cyrl", "zh");
    }

    @ParameterizedTest
    @FieldSource("ARTICLES")
    void no_sentence_of_any_article_is_lost(String name) {
        ImportResult result = Corpus.importArticle(name);

        assertThat(LostSentences.of(Corpus.read(name), result)).isEmpty();
    }

    @Test
    void the_check_finds_a_sentence_that_neither_the_draft_nor_the_report_holds() {
        String name = ARTICLES.getFirst();
        ImportResult result = Corpus.importArticle(name);

        assertThat(LostSentences.of(Corpus.read(name) + "\n\nThis sentence was never imported. Neither was this one!",
                result)).containsExactly("This sentence was never imported.", "Neither was this one!");
    }

    @ParameterizedTest
    @FieldSource("SEEDS")
    void no_sentence_of_the_seed_articles_is_lost_but_their_promotion_is_reported(String name) {
        ImportResult result = Corpus.importSeed(name);

        assertThat(LostSentences.of(Seeds.read(name), result)).isEmpty();
        assertThat(result.dropped()).isNotEmpty();
    }

    @ParameterizedTest
    @FieldSource("ARTICLES")
    void every_article_gives_ways_with_steps_its_sources_and_its_heading_as_title(String name) {
        ImportResult result = Corpus.importArticle(name);
        GuideContent content = result.content();
        String title = content.text(content.title(), content.sourceLanguage());

        assertThat(result.count(ImportPart.WAYS)).isPositive();
        assertThat(result.count(ImportPart.STEPS)).isPositive();
        assertThat(content.provenance().sources()).as("one source per URL in the metadata")
                .hasSize((int) result.metadata().stream().filter(line -> line.use() == MetadataLine.Use.SOURCE
                        && line.value().contains("http")).count())
                .allSatisfy(source -> assertThat(source.official()).as("the editor says which are official").isFalse());
        assertThat(title).doesNotContainIgnoringCase("source").doesNotContain("http", "---", "Izvor", "Источник", "来源");
        assertThat(Corpus.read(name)).contains("# " + title);
    }

    @ParameterizedTest
    @FieldSource("ARTICLES")
    void every_imported_fact_stays_unverified(String name) {
        GuideContent content = Corpus.importArticle(name).content();

        List<Evidence> evidence = new ArrayList<>();
        content.requirements().forEach(r -> evidence.add(r.evidence()));
        content.documents().forEach(d -> evidence.add(d.evidence()));
        content.ways().forEach(way -> {
            evidence.add(way.evidence());
            way.steps().forEach(step -> evidence.add(step.evidence()));
        });
        content.checks().forEach(c -> evidence.add(c.evidence()));
        content.cautions().forEach(c -> evidence.add(c.evidence()));
        content.faq().forEach(f -> evidence.add(f.evidence()));
        assertThat(evidence).isNotEmpty().allMatch(Evidence::unverified);
    }

    /** The figures for the closing note: one row per article and a total. */
    @Test
    void figures_per_article_are_printed_and_saved() throws IOException {
        StringBuilder table = new StringBuilder("""
                | article | language | sources | ways | steps | FAQ | other items | unsorted pieces | unsorted chars | \
                sentences | lost sentences |
                | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
                """);
        int[] total = new int[9];
        List<String> rows = new ArrayList<>(ARTICLES);
        SEEDS.forEach(seed -> rows.add("seed:" + seed));
        for (String name : rows) {
            boolean seed = name.startsWith("seed:");
            String article = seed ? Seeds.read(name.substring(5)) : Corpus.read(name);
            ImportResult result = seed ? Corpus.importSeed(name.substring(5)) : Corpus.importArticle(name);
            GuideContent content = result.content();
            int[] row = {content.provenance().sources().size(), result.count(ImportPart.WAYS),
                    result.count(ImportPart.STEPS), result.count(ImportPart.FAQ),
                    result.count(ImportPart.REQUIREMENTS) + result.count(ImportPart.DOCUMENTS)
                            + result.count(ImportPart.CHECKS) + result.count(ImportPart.CAUTIONS),
                    result.count(ImportPart.UNSORTED), content.unsorted().length(), LostSentences.count(article),
                    LostSentences.of(article, result).size()};
            table.append("| ").append(name).append(" | ")
                    .append(result.articleLanguage() == null ? content.sourceLanguage().tag() : result.articleLanguage());
            for (int i = 0; i < row.length; i++) {
                table.append(" | ").append(row[i]);
                total[i] += row[i];
            }
            table.append(" |\n");
        }
        table.append("| **all ").append(ARTICLES.size()).append(" + ").append(SEEDS.size()).append(" seeds** | ");
        for (int value : total) {
            table.append(" | ").append(value);
        }
        table.append(" |\n");
        System.out.println(table);
        Path target = Path.of("target", "import-corpus-figures.md");
        Files.createDirectories(target.getParent());
        Files.writeString(target, table, StandardCharsets.UTF_8);

        assertThat(total[1]).as("ways").isGreaterThanOrEqualTo(ARTICLES.size());
        assertThat(total[8]).as("lost sentences").isZero();
    }
}
