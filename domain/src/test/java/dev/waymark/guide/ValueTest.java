package dev.waymark.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueTest {

    @ParameterizedTest
    @ValueSource(strings = {"serbia", "serbia-cancel-sim", "a1", "ru-2024"})
    void url_safe_slugs_are_accepted(String value) {
        assertThat(new Slug(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Serbia", "serbia--sim", "-serbia", "serbia-", "塞尔维亚", "a b", "a/b", "a?b", "  "})
    void slugs_that_are_not_url_safe_are_rejected_with_a_clear_message(String value) {
        assertThatThrownBy(() -> new Slug(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("slug");
    }

    @Test
    void slugs_have_a_maximum_length() {
        assertThatThrownBy(() -> new Slug("a".repeat(Slug.MAX_LENGTH + 1)))
                .hasMessageContaining("at most " + Slug.MAX_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RS", "RU", "BE", "CN"})
    void iso_country_codes_are_accepted(String value) {
        assertThat(new CountryCode(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rs", "XX", "SRB", "R", "UK", ""})
    void anything_but_an_upper_case_iso_alpha_2_code_is_rejected(String value) {
        assertThatThrownBy(() -> new CountryCode(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("country code");
    }

    @Test
    void country_codes_parse_lower_case_and_name_the_country_in_each_language() {
        CountryCode serbia = CountryCode.parse(" rs ");
        assertThat(serbia.value()).isEqualTo("RS");
        assertThat(serbia.displayName(Language.EN)).isEqualTo("Serbia");
        assertThat(serbia.displayName(Language.ZH_CN)).isEqualTo("塞尔维亚");
    }

    @Test
    void operator_codes_carry_their_country() {
        assertThat(new OperatorCode("rs-yettel").country()).isEqualTo(new CountryCode("RS"));
        assertThatThrownBy(() -> new OperatorCode("Yettel")).hasMessageContaining("rs-yettel");
    }

    @Test
    void localized_text_drops_blank_translations_and_falls_back_to_the_source_language() {
        LocalizedText text = LocalizedText.of("注销", " ");
        assertThat(text.has(Language.EN)).isFalse();
        assertThat(text.resolve(Language.EN, Language.ZH_CN)).isEqualTo("注销");
        assertThat(LocalizedText.EMPTY.resolve(Language.EN, Language.ZH_CN)).isEmpty();
    }

    @Test
    void languages_are_data_named_by_their_tags() {
        assertThat(Language.of("zh_TW")).isSameAs(Language.ZH_TW);
        assertThat(Language.of("ZH_CN")).isSameAs(Language.ZH_CN);
        assertThat(Language.of("RU").tag()).isEqualTo("ru");
        assertThat(Language.of("sr-latn")).isEqualTo(Language.of("sr-Latn")).hasToString("sr-Latn");
        assertThat(Language.of("zh-Hant-HK").code()).isEqualTo("ZH_HANT_HK");
        assertThat(Language.of("ZH_HANT_HK").tag()).isEqualTo("zh-Hant-HK");
        assertThat(Language.parse("not a tag")).isEmpty();
        assertThat(Language.parse("")).isEmpty();
        assertThat(Language.parse("12")).isEmpty();
    }

    @Test
    void traditional_chinese_reads_simplified_before_the_fallback_and_an_order_is_followed() {
        LocalizedText text = new LocalizedText(java.util.Map.of(Language.ZH_CN, "注销", Language.EN, "Cancel"));
        assertThat(text.resolve(Language.ZH_TW, Language.EN)).isEqualTo("注销");
        assertThat(text.resolve(Language.RU, Language.EN)).isEqualTo("Cancel");
        assertThat(text.resolve(java.util.List.of(Language.RU, Language.EN, Language.ZH_CN))).isEqualTo("Cancel");
        assertThat(text.best(java.util.List.of(Language.ZH_TW, Language.ZH_CN))).contains(Language.ZH_CN);
    }

    @Test
    void phone_contacts_become_tap_to_call_links_and_emails_mailto() {
        assertThat(new ContactPoint(ContactKind.PHONE, "+381 60 1230", null, null, null).href())
                .isEqualTo("tel:+381601230");
        assertThat(new ContactPoint(ContactKind.PHONE, "*123#", null, null, null).href()).isEqualTo("tel:*123%23");
        assertThat(new ContactPoint(ContactKind.EMAIL, "help@example.com", null, null, null).href())
                .isEqualTo("mailto:help@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "call me", "0800<script>"})
    void phone_numbers_hold_only_dialable_characters(String value) {
        assertThatThrownBy(() -> new ContactPoint(ContactKind.PHONE, value, null, null, null))
                .hasMessageContaining("phone number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "ftp://x.org", "mts.rs"})
    void websites_must_be_http_or_https(String value) {
        assertThatThrownBy(() -> new ContactPoint(ContactKind.WEBSITE, value, null, null, null))
                .hasMessageContaining("http or https");
    }

    @Test
    void sources_must_be_web_pages() {
        assertThatThrownBy(() -> new Source(new SourceKey("x"), java.net.URI.create("javascript:alert(1)"), "x", false, null))
                .hasMessageContaining("http or https");
    }
}
