package dev.waymark.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.waymark.guide.ContactKind;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.Evidence;
import dev.waymark.guide.Language;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.Source;
import dev.waymark.guide.SourceKey;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperatorTest {

    private static final OperatorCode BASE = new OperatorCode("be-base");
    private static final CountryCode BELGIUM = new CountryCode("BE");
    private static final Source GTC = new Source(new SourceKey("base-gtc"),
            URI.create("https://www.base.be/en/legal-information/conditions-monthly-plans.html"),
            "BASE conditions for monthly plans", true, LocalDate.of(2026, 11, 30));

    private static Operator base(List<OperatorContact> support, List<FormerName> formerNames) {
        return new Operator(BASE, BELGIUM, "BASE", "Telenet Group", formerNames, "https://www.base.be", support, null,
                List.of(GTC), OperatorStatus.ACTIVE, LocalDate.of(2027, 6, 1));
    }

    @Test
    void an_operator_answers_to_its_former_names() {
        Operator yettel = new Operator(new OperatorCode("rs-yettel"), new CountryCode("RS"), "Yettel",
                List.of(new FormerName("Telenor", LocalizedText.of("2022年3月1日更名", "Renamed on 1 March 2022"), null)),
                "https://www.yettel.rs", List.of(), null, List.of());

        assertThat(yettel.answersTo("telenor")).isTrue();
        assertThat(yettel.answersTo("Yettel")).isTrue();
        assertThat(yettel.answersTo("MTEL")).isFalse();
        assertThat(yettel.status()).isEqualTo(OperatorStatus.ACTIVE);
    }

    @Test
    void the_code_must_match_the_country() {
        assertThatThrownBy(() -> new Operator(new OperatorCode("ru-mts"), new CountryCode("RS"), "mts", null, null,
                null, null, null)).hasMessageContaining("does not match country RS");
    }

    @Test
    void contacts_may_only_cite_listed_sources() {
        OperatorContact hotline = OperatorContact.of(ContactKind.PHONE, "1999", Evidence.sourced("mts"));
        assertThatThrownBy(() -> base(List.of(hotline), List.of())).hasMessageContaining("source 'mts'");
    }

    @Test
    void a_brand_keeps_its_owner_reach_hours_and_review_date() {
        OperatorContact fromBase = new OperatorContact(ContactKind.PHONE, "1999", LocalizedText.of(
                "BASE 号码免费", "free from BASE numbers"), Reach.ONLY_IN_COUNTRY, null, Evidence.sourced("base-gtc"));
        OperatorContact fromAnywhere = new OperatorContact(ContactKind.PHONE, "+32 486 19 19 99", null,
                Reach.FROM_ABROAD, LocalizedText.of("周一至周六", "Mon-Sat"), Evidence.sourced("base-gtc"));

        Operator base = base(List.of(fromBase, fromAnywhere), List.of());

        assertThat(base.brandOwner()).isEqualTo("Telenet Group");
        assertThat(base.support()).extracting(OperatorContact::reach)
                .containsExactly(Reach.ONLY_IN_COUNTRY, Reach.FROM_ABROAD);
        assertThat(base.support().get(1).hours().in(Language.EN)).contains("Mon-Sat");
        assertThat(base.reviewDueBy(LocalDate.of(2027, 5, 31))).isFalse();
        assertThat(base.reviewDueBy(LocalDate.of(2027, 6, 1))).isTrue();
    }

    @Test
    void a_contact_without_evidence_is_unverified_and_of_unknown_reach() {
        OperatorContact contact = new OperatorContact(ContactKind.EMAIL, "help@base.be", null, null, null, null);

        assertThat(contact.evidence()).isEqualTo(Evidence.UNVERIFIED);
        assertThat(contact.reach()).isEqualTo(Reach.UNKNOWN);
        assertThat(contact.href()).isEqualTo("mailto:help@base.be");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "FAX | 063 9001 |",
            "WEB_FORM | https://www.base.be/en/support/contact.html | https://www.base.be/en/support/contact.html",
            "STORE_FINDER | https://www.base.be/en/shops | https://www.base.be/en/shops",
            "ADDRESS | Liersesteenweg 4, 2800 Mechelen |"})
    void every_kind_of_contact_has_its_link_or_none(ContactKind kind, String value, String href) {
        assertThat(OperatorContact.of(kind, value, Evidence.UNVERIFIED).href()).isEqualTo(href);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "FAX | fax me | a fax number may hold only digits",
            "WEB_FORM | www.base.be/contact | a web form must be an http or https address",
            "STORE_FINDER | ftp://base.be/shops | a store finder must be an http or https address",
            "EMAIL | help at base.be | not an email address"})
    void a_contact_must_look_like_its_kind(ContactKind kind, String value, String message) {
        assertThatThrownBy(() -> OperatorContact.of(kind, value, Evidence.UNVERIFIED)).hasMessageContaining(message);
    }

    @Test
    void the_website_must_be_a_web_address() {
        assertThatThrownBy(() -> new Operator(BASE, BELGIUM, "BASE", null, null, "base.be", null, null, null, null, null))
                .hasMessage("the website must be an http or https address (was 'base.be')");
    }

    @Test
    void a_name_is_not_its_own_former_name_nor_twice_a_former_name() {
        assertThatThrownBy(() -> base(List.of(), List.of(new FormerName("base", null, null))))
                .hasMessageContaining("'base' is the operator's name or another former name already");
        assertThatThrownBy(() -> base(List.of(), List.of(new FormerName("KPN Orange", null, null),
                new FormerName("KPN orange", null, null)))).hasMessageContaining("another former name already");
    }

    @Test
    void former_names_go_oldest_first() {
        FormerName older = new FormerName("Orange", LocalDate.of(2002, 1, 1), null, null);
        FormerName newer = new FormerName("KPN Orange", LocalDate.of(2003, 1, 1), null, null);

        assertThat(base(List.of(), List.of(older, newer)).formerNames()).containsExactly(older, newer);
        assertThatThrownBy(() -> base(List.of(), List.of(newer, older)))
                .hasMessageContaining("former names go oldest first");
    }

    @Test
    void a_rename_keeps_the_old_name_with_its_date() {
        Operator telenor = new Operator(new OperatorCode("rs-yettel"), new CountryCode("RS"), "Telenor", null, null,
                null, null, null);

        Operator yettel = telenor.renamed("Yettel", LocalDate.of(2022, 3, 1));

        assertThat(yettel.name()).isEqualTo("Yettel");
        assertThat(yettel.code()).isEqualTo(telenor.code());
        assertThat(yettel.formerNames()).extracting(FormerName::name, FormerName::renamedOn)
                .containsExactly(tuple("Telenor", LocalDate.of(2022, 3, 1)));
        assertThat(yettel.answersTo("telenor")).isTrue();
        assertThatThrownBy(() -> yettel.renamed("yettel", LocalDate.of(2023, 1, 1)))
                .hasMessageContaining("called 'Yettel' already");
        assertThatThrownBy(() -> yettel.renamed("Old", LocalDate.of(2020, 1, 1)))
                .hasMessageContaining("former names go oldest first");
    }

    @Test
    void a_rename_back_to_a_former_name_drops_it_from_the_former_names() {
        Operator back = base(List.of(), List.of(new FormerName("Orange", LocalDate.of(2002, 1, 1), null, null)))
                .renamed("Orange", LocalDate.of(2026, 1, 1));

        assertThat(back.formerNames()).extracting(FormerName::name).containsExactly("BASE");
    }

    @Test
    void the_list_filters_by_country_status_review_date_and_any_name() {
        Operator base = base(List.of(), List.of(new FormerName("KPN Orange", null, null)));
        Operator gone = new Operator(new OperatorCode("be-ortel"), BELGIUM, "Ortel Mobile", null, null, null, null,
                null, null, OperatorStatus.SHUT_DOWN, null);

        assertThat(new OperatorFilter(BELGIUM, null, null, null).test(base)).isTrue();
        assertThat(new OperatorFilter(new CountryCode("DE"), null, null, null).test(base)).isFalse();
        assertThat(new OperatorFilter(null, OperatorStatus.SHUT_DOWN, null, null).test(base)).isFalse();
        assertThat(new OperatorFilter(null, OperatorStatus.SHUT_DOWN, null, null).test(gone)).isTrue();
        assertThat(new OperatorFilter(null, null, LocalDate.of(2027, 6, 1), null).test(base)).isTrue();
        assertThat(new OperatorFilter(null, null, LocalDate.of(2027, 6, 1), null).test(gone)).isFalse();
        assertThat(new OperatorFilter(null, null, null, " kpn ").test(base)).isTrue();
        assertThat(new OperatorFilter(null, null, null, "telenet").test(base)).as("the brand owner").isTrue();
        assertThat(new OperatorFilter(null, null, null, "telenet").test(gone)).isFalse();
    }

    @Test
    void a_revision_is_numbered_from_1_and_names_its_author() {
        Operator base = base(List.of(), List.of());
        assertThatThrownBy(() -> new OperatorRevision(0, base, "ana", Instant.EPOCH, ""))
                .hasMessageContaining("start at 1");
        assertThatThrownBy(() -> new OperatorRevision(1, base, " ", Instant.EPOCH, ""))
                .hasMessageContaining("author must not be blank");
        assertThat(new OperatorRevision(1, base, "ana", Instant.EPOCH, null).message()).isEmpty();
    }

    @Test
    void a_contact_is_never_verified_without_a_source() {
        assertThatThrownBy(() -> OperatorContact.of(ContactKind.PHONE, "1999", Evidence.ADVICE))
                .hasMessage("the contact '1999' must cite a source or be marked unverified");
        assertThat(OperatorContact.of(ContactKind.PHONE, "1999", Evidence.unverified("base-gtc")).evidence().unverified())
                .isTrue();
    }
}
