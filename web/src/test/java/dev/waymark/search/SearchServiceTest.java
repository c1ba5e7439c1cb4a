package dev.waymark.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchServiceTest {

    @Test
    void typed_text_loses_control_characters_and_is_capped() {
        assertThat(SearchService.clean(null)).isEmpty();
        assertThat(SearchService.clean(" 注销\u0000 \t\n eSIM\u200b ")).isEqualTo("注销 eSIM");
        assertThat(SearchService.clean("\u0000\u0001")).isEmpty();
        assertThat(SearchService.clean("x".repeat(10_000))).hasSize(SearchQuery.MAX_LENGTH);
        assertThat(SearchService.clean("😀".repeat(150))).hasSize(SearchQuery.MAX_LENGTH)
                .doesNotContain("\ud83d\ud83d");
        assertThat(SearchService.clean("a\ud800b")).isEqualTo("ab");
    }
}
