package dev.waymark.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waymark.base.TestDatabase;
import dev.waymark.guide.CardType;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.GuideFilter;
import dev.waymark.guide.JdbcGuides;
import dev.waymark.guide.Language;
import dev.waymark.guide.LocalizedText;
import dev.waymark.operator.JdbcOperators;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SeedDataTest {

    private final JdbcGuides guides = new JdbcGuides(TestDatabase.jdbc(), TestDatabase.transactions());
    private final JdbcOperators operators = new JdbcOperators(TestDatabase.jdbc());
    private final SeedData seed = new SeedData(guides, operators, TestDatabase.transactions());

    @BeforeEach
    void clean() {
        TestDatabase.clear();
    }

    @Test
    void seeds_load_once_into_an_empty_database_as_published_guides() {
        int expected = SeedData.guides().size();

        assertThat(seed.loadIfEmpty()).isEqualTo(expected);
        assertThat(seed.loadIfEmpty()).as("a second start loads nothing").isZero();

        assertThat(guides.count()).isEqualTo(expected);
        assertThat(guides.listPublished(GuideFilter.all(Language.ZH_CN))).hasSize(expected);
        assertThat(guides.listPublished(GuideFilter.all(Language.EN))).hasSize(expected);
        assertThat(operators.all()).hasSize(SeedData.operators().size());
    }

    @Test
    void seed_guides_nobody_touched_are_brought_up_to_the_shipped_content_and_edited_ones_are_left_alone() {
        seed.loadIfEmpty();
        assertThat(seed.refreshUntouched()).as("nothing to do right after loading").isZero();
        SeedGuide serbia = SeedData.guides().getFirst();
        SeedGuide russia = SeedData.guides().get(1);
        // As a database seeded by an older version holds it: an older text, written by the seed loader.
        publishAs(SeedData.AUTHOR, serbia, serbia.content().withTitle(LocalizedText.of("旧标题", "Old title")));
        // Edited by a person: theirs to keep.
        publishAs("editor", russia, russia.content().withTitle(LocalizedText.of("编辑的标题", "An editor's title")));

        assertThat(seed.refreshUntouched()).isEqualTo(1);

        assertThat(guides.findPublished(serbia.slug()).orElseThrow().content()).isEqualTo(serbia.content());
        assertThat(guides.findPublished(russia.slug()).orElseThrow().content().title().in(Language.EN))
                .hasValue("An editor's title");
        assertThat(seed.refreshUntouched()).as("a second start changes nothing").isZero();
    }

    private void publishAs(String author, SeedGuide seedGuide, GuideContent content) {
        Guide stored = guides.findBySlug(seedGuide.slug()).orElseThrow();
        Guide draft = guides.save(stored.edit(content), author, "edit");
        guides.save(draft.publish(), author, "publish");
    }
}
