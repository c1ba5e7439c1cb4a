package dev.waymark.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waymark.guide.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The staff interface's languages (Simplified Chinese, English) have the same words; the other offered languages
 * have at least every word readers see, with the same placeholders; and a missing word falls back.
 */
class TextsTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void chinese_and_english_have_the_same_keys_and_no_empty_text() throws IOException {
        Properties english = load("messages_en.properties");
        Properties chinese = load("messages_zh_CN.properties");

        assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        english.forEach((key, value) -> assertThat(value.toString()).as("en " + key).isNotBlank());
        chinese.forEach((key, value) -> assertThat(value.toString()).as("zh-CN " + key).isNotBlank());
    }

    @Test
    void every_offered_reader_language_has_the_readers_words_with_the_same_placeholders() throws IOException {
        Properties english = load("messages_en.properties");
        List<String> readerKeys;
        try (InputStream in = TextsTest.class.getResourceAsStream("/reader-message-keys.txt")) {
            readerKeys = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
        for (Language language : OfferedLanguages.of(OfferedLanguages.DEFAULT).all()) {
            Properties own = load("messages_" + language.tag().replace('-', '_') + ".properties");
            assertThat(own.stringPropertyNames()).as(language.tag()).containsAll(readerKeys);
            assertThat(english.stringPropertyNames()).as(language.tag() + " has no key English lacks")
                    .containsAll(own.stringPropertyNames().stream().filter(key -> !key.equals("language.fallback"))
                            .toList());
            own.forEach((key, value) -> {
                assertThat(value.toString()).as(language.tag() + " " + key).isNotBlank();
                if (english.containsKey(key) && !key.toString().startsWith("language.")) {
                    assertThat(placeholders(value.toString())).as(language.tag() + " " + key)
                            .isEqualTo(placeholders(english.getProperty(key.toString())));
                }
            });
        }
    }

    @Test
    void a_word_missing_in_a_language_comes_from_its_fallbacks_then_english() {
        // zh-TW has the readers' words only: an editor's word comes from Simplified Chinese.
        assertThat(Texts.get(Language.ZH_TW, "editor.save")).isEqualTo(Texts.get(Language.ZH_CN, "editor.save"));
        assertThat(Texts.get(Language.RU, "editor.save")).isEqualTo(Texts.get(Language.EN, "editor.save"));
        assertThat(Texts.get(Language.ZH_TW, "guide.print")).isNotEqualTo(Texts.get(Language.ZH_CN, "guide.print"));
        // A language with no file at all reads English.
        assertThat(Texts.get(Language.of("de"), "guide.print")).isEqualTo(Texts.get(Language.EN, "guide.print"));
        assertThat(Texts.find(Language.EN, "no.such.key")).isEmpty();
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> numbers = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{(\\d+)").matcher(pattern);
        while (matcher.find()) {
            numbers.add(matcher.group(1));
        }
        return numbers;
    }
}
