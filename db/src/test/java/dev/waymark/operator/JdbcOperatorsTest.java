package dev.waymark.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.waymark.base.TestDatabase;
import dev.waymark.guide.ContactKind;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.Evidence;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.Source;
import dev.waymark.guide.SourceKey;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcOperatorsTest {

    private final JdbcOperators operators = new JdbcOperators(TestDatabase.jdbc());

    @BeforeEach
    void clean() {
        TestDatabase.clear();
    }

    @Test
    void an_operator_is_stored_whole_and_replaced_by_code() {
        Operator yettel = new Operator(new OperatorCode("rs-yettel"), new CountryCode("RS"), "Yettel",
                List.of(new FormerName("Telenor", LocalizedText.of("2022年3月1日更名", "Renamed on 1 March 2022"),
                        Evidence.sourced("n1"))),
                "https://www.yettel.rs",
                List.of(new OperatorContact(ContactKind.PHONE, "*121#", LocalizedText.of("查余额", "Balance"),
                        Reach.ONLY_IN_COUNTRY, LocalizedText.of("全天", "always"), Evidence.sourced("n1"))),
                LocalizedText.of("原 Telenor", "Formerly Telenor"),
                List.of(new Source(new SourceKey("n1"), URI.create("https://rs.n1info.com/english/news/x/"), "N1", false,
                        LocalDate.of(2026, 11, 1))));
        operators.save(yettel);
        operators.save(new Operator(new OperatorCode("rs-a1"), new CountryCode("RS"), "A1 Srbija", null, null, null,
                null, null));

        assertThat(operators.find(new OperatorCode("rs-yettel"))).contains(yettel);
        assertThat(operators.inCountry(new CountryCode("RS"))).extracting(Operator::name)
                .containsExactly("A1 Srbija", "Yettel");

        operators.save(new Operator(new OperatorCode("rs-a1"), new CountryCode("RS"), "A1", null, null, null, null,
                null));
        assertThat(operators.all()).extracting(Operator::name).containsExactly("A1", "Yettel");
    }

    @Test
    void each_save_is_a_revision_and_a_save_from_an_old_revision_is_refused() {
        Operator telekom = new Operator(new OperatorCode("de-telekom"), new CountryCode("DE"), "Telekom", "Deutsche Telekom AG",
                null, "https://www.telekom.de", null, null, null, OperatorStatus.ACTIVE, LocalDate.of(2027, 1, 1));

        StoredOperator created = operators.create(telekom, "ana", "new operator");
        assertThat(created.revision()).isEqualTo(1);
        assertThat(created.operator()).isEqualTo(telekom);
        assertThatThrownBy(() -> operators.create(telekom, "ben", "")).isInstanceOf(OperatorCodeTakenException.class);

        Operator renamed = telekom.renamed("Magenta", LocalDate.of(2026, 12, 1));
        StoredOperator updated = operators.update(renamed, 1, "ben", "renamed");
        assertThat(updated.revision()).isEqualTo(2);
        assertThatThrownBy(() -> operators.update(telekom.renamed("T", LocalDate.of(2026, 12, 2)), 1, "ana", ""))
                .isInstanceOf(StaleOperatorException.class).hasMessageContaining("nothing was saved");
        assertThat(operators.find(telekom.code())).contains(renamed);

        assertThat(operators.history(telekom.code()))
                .extracting(OperatorRevision::number, OperatorRevision::author, OperatorRevision::message)
                .containsExactly(tuple(2, "ben", "renamed"), tuple(1, "ana", "new operator"));
        assertThat(operators.history(telekom.code()).getLast().operator()).isEqualTo(telekom);
        assertThatThrownBy(() -> operators.update(new Operator(new OperatorCode("de-none"), new CountryCode("DE"),
                "None", null, null, null, null, null), 1, "ana", "")).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void status_and_review_date_are_columns_for_the_filters() {
        operators.save(new Operator(new OperatorCode("be-ortel"), new CountryCode("BE"), "Ortel Mobile", null, null,
                null, null, null, null, OperatorStatus.SHUT_DOWN, LocalDate.of(2027, 3, 1)));

        assertThat(TestDatabase.jdbc().sql("select status || ' ' || review_due from operator where code = 'be-ortel'")
                .query(String.class).single()).isEqualTo("SHUT_DOWN 2027-03-01");
        assertThat(operators.allStored()).extracting(StoredOperator::revision).containsExactly(1);
    }

    @Test
    void every_change_counts_in_the_generation() {
        long before = operators.generation();
        Operator a1 = new Operator(new OperatorCode("rs-a1"), new CountryCode("RS"), "A1", null, null, null, null, null);
        operators.save(a1);
        operators.save(a1.renamed("A1 Srbija", LocalDate.of(2026, 1, 1)));

        assertThat(operators.generation()).isEqualTo(before + 2);
        assertThat(operators.findStored(a1.code()).orElseThrow().revision()).isEqualTo(2);
    }

    @Test
    void revisions_are_immutable() {
        operators.save(new Operator(new OperatorCode("rs-a1"), new CountryCode("RS"), "A1", null, null, null, null, null));

        assertThatThrownBy(() -> TestDatabase.jdbc().sql("update operator_revision set author = 'mallory'").update())
                .hasMessageContaining("operator revisions are immutable");
    }
}
