package dev.waymark.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waymark.guide.ContactKind;
import dev.waymark.guide.ContactPoint;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.Evidence;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.OperatorCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperatorTest {

    @Test
    void an_operator_answers_to_its_former_names() {
        Operator yettel = new Operator(new OperatorCode("rs-yettel"), new CountryCode("RS"), "Yettel",
                List.of(new FormerName("Telenor", LocalizedText.of("2022年3月1日更名", "Renamed on 1 March 2022"), null)),
                "https://www.yettel.rs", List.of(), null, List.of());

        assertThat(yettel.answersTo("telenor")).isTrue();
        assertThat(yettel.answersTo("Yettel")).isTrue();
        assertThat(yettel.answersTo("MTEL")).isFalse();
    }

    @Test
    void the_code_must_match_the_country() {
        assertThatThrownBy(() -> new Operator(new OperatorCode("ru-mts"), new CountryCode("RS"), "mts", null, null,
                null, null, null)).hasMessageContaining("does not match country RS");
    }

    @Test
    void contacts_may_only_cite_listed_sources() {
        ContactPoint hotline = new ContactPoint(ContactKind.PHONE, "0800 100 100", null, null, Evidence.sourced("mts"));
        assertThatThrownBy(() -> new Operator(new OperatorCode("rs-mts"), new CountryCode("RS"), "mts", null, null,
                List.of(hotline), null, List.of())).hasMessageContaining("source 'mts'");
    }
}
