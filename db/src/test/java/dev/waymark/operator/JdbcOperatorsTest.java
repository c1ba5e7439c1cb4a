package dev.waymark.operator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waymark.base.TestDatabase;
import dev.waymark.guide.ContactKind;
import dev.waymark.guide.ContactPoint;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.Evidence;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.Source;
import dev.waymark.guide.SourceKey;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
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
                List.of(new ContactPoint(ContactKind.PHONE, "*121#", LocalizedText.of("查余额", "Balance"), null,
                        Evidence.sourced("n1"))),
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
}
