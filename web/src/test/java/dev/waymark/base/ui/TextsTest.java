package dev.waymark.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Both languages of the interface have the same words: no key is missing or left empty in either. */
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
}
