package dev.waymark.guide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReaderTextTest {

    @Test
    void searchable_text_is_what_a_reader_sees_not_the_markdown() {
        assertThat(ReaderText.plain("**Call** *mts* on [0800 100 100](tel:0800100100)\n- take `passport`"))
                .isEqualTo("Call mts on 0800 100 100\ntake passport");
    }

    @Test
    void the_searchable_text_holds_every_part_of_the_guide() {
        String text = ReaderText.of(TestGuides.serbia(), Language.EN);

        assertThat(text).contains("Cancel a SIM in Serbia", "No unpaid bills", "Passport", "Call mts on 0800 100 100",
                "Remove the eSIM profile", "Deleting the eSIM does not end the contract", "Can I get my credit back?",
                "Želim da otkažem ovaj broj.");
    }
}
