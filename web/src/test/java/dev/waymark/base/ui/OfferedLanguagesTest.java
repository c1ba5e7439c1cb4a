package dev.waymark.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waymark.guide.Language;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The languages an instance offers readers are a setting; names and fallbacks come from the message files. */
class OfferedLanguagesTest {

    private final OfferedLanguages languages = OfferedLanguages.of(OfferedLanguages.DEFAULT);

    @Test
    void the_default_offers_simplified_and_traditional_chinese_english_and_russian_each_named_in_itself() {
        assertThat(languages.all()).containsExactly(Language.ZH_CN, Language.ZH_TW, Language.EN, Language.RU);
        assertThat(languages.primary()).isEqualTo(Language.ZH_CN);
        assertThat(languages.name(Language.ZH_TW)).isEqualTo("繁體中文");
        assertThat(languages.name(Language.RU)).isEqualTo("Русский");
        assertThat(languages.others(Language.EN)).containsExactly(Language.ZH_CN, Language.ZH_TW, Language.RU);
    }

    @Test
    void traditional_chinese_falls_back_to_simplified_then_the_source() {
        assertThat(languages.order(Language.ZH_TW, Language.EN)).containsExactly(Language.ZH_TW, Language.ZH_CN,
                Language.EN);
        assertThat(languages.order(Language.RU, Language.ZH_CN)).containsExactly(Language.RU, Language.EN,
                Language.ZH_CN);
        assertThat(languages.order(Language.ZH_CN, Language.ZH_CN)).containsExactly(Language.ZH_CN);
    }

    @Test
    void browsers_and_links_are_matched_to_an_offered_language_of_the_same_script() {
        assertThat(languages.match("zh-Hant")).contains(Language.ZH_TW);
        assertThat(languages.match("zh-HK")).contains(Language.ZH_TW);
        assertThat(languages.match("zh_tw")).contains(Language.ZH_TW);
        assertThat(languages.match("zh")).contains(Language.ZH_CN);
        assertThat(languages.match("zh-Hans-SG")).contains(Language.ZH_CN);
        assertThat(languages.match("ru-RU")).contains(Language.RU);
        assertThat(languages.match("en-GB")).contains(Language.EN);
        assertThat(languages.match("sr")).isEmpty();
        assertThat(languages.match("<script>")).isEmpty();
        assertThat(languages.match(null)).isEmpty();
        assertThat(languages.fromBrowser(Collections.enumeration(List.of(Locale.forLanguageTag("sr"),
                Locale.forLanguageTag("ru-RU"))))).contains(Language.RU);
    }

    @Test
    void an_instance_may_offer_fewer_languages_or_one_with_no_message_file_yet() {
        OfferedLanguages two = OfferedLanguages.of("en, zh-CN");
        assertThat(two.primary()).isEqualTo(Language.EN);
        assertThat(two.match("zh-TW")).contains(Language.ZH_CN);
        assertThat(two.match("ru")).isEmpty();

        OfferedLanguages german = OfferedLanguages.of("zh-CN,de");
        assertThat(german.name(Language.of("de"))).isEqualTo("Deutsch");
        assertThat(german.order(Language.of("de"), Language.ZH_CN)).containsExactly(Language.of("de"), Language.ZH_CN);
    }

    @Test
    void a_setting_that_is_not_a_language_is_refused_at_start() {
        assertThatThrownBy(() -> OfferedLanguages.of("zh-CN,!!")).hasMessageContaining("'!!'");
        assertThatThrownBy(() -> OfferedLanguages.of(" ")).hasMessageContaining("at least one language");
    }
}
