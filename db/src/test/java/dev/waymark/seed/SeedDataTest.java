package dev.waymark.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waymark.base.TestDatabase;
import dev.waymark.guide.CardType;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.GuideFilter;
import dev.waymark.guide.JdbcGuides;
import dev.waymark.guide.Language;
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
}
