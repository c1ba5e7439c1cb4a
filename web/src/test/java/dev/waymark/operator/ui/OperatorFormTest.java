package dev.waymark.operator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import dev.waymark.guide.ContactKind;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.Evidence;
import dev.waymark.guide.Language;
import dev.waymark.guide.OperatorCode;
import dev.waymark.operator.FormerName;
import dev.waymark.operator.Operator;
import dev.waymark.operator.OperatorContact;
import dev.waymark.operator.OperatorStatus;
import dev.waymark.report.ui.EmptyView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The operator form on its own, without Spring: it holds no service. */
@ViewPackages(classes = EmptyView.class)
class OperatorFormTest extends BrowserlessTest {

    private static final Operator BASE = new Operator(new OperatorCode("be-base"), new CountryCode("BE"), "BASE",
            "Telenet Group", List.of(), "https://www.base.be",
            List.of(OperatorContact.of(ContactKind.PHONE, "1999", Evidence.UNVERIFIED)), null, null,
            OperatorStatus.ACTIVE, LocalDate.of(2027, 6, 1));

    private OperatorForm form;
    private final List<Operator> saved = new ArrayList<>();

    @BeforeEach
    void showForm() {
        form = new OperatorForm(Language.EN);
        form.addSaveListener(event -> saved.add(event.operator()));
        UI.getCurrent().add(form);
    }

    private void type(String id, String value) {
        test(find(TextField.class).id(id)).setValue(value);
    }

    @Test
    void a_loaded_operator_is_saved_unchanged_with_its_code_and_country_fixed() {
        form.setOperator(BASE);

        test(find(Button.class).id("save-operator")).click();

        assertThat(saved).containsExactly(BASE);
        assertThat(find(TextField.class).id("operator-code").isReadOnly()).isTrue();
    }

    @Test
    void a_new_operator_gets_a_code_from_its_country_and_name_and_the_model_says_what_is_wrong() {
        form.setOperator(null);
        form.country.setValue(new CountryCode("DE"));
        type("operator-name", "Deutsche Télékom");
        assertThat(form.code.getValue()).isEqualTo("de-deutsche-telekom");
        type("operator-website", "telekom.de");

        test(find(Button.class).id("save-operator")).click();

        assertThat(saved).isEmpty();
        assertThat(form.problems.isVisible()).isTrue();
        assertThat(form.problems.getText()).isEqualTo("the website must be an http or https address (was 'telekom.de')");

        type("operator-website", "https://www.telekom.de");
        test(find(Button.class).id("save-operator")).click();
        assertThat(saved).extracting(Operator::code).containsExactly(new OperatorCode("de-deutsche-telekom"));
        assertThat(form.problems.isVisible()).isFalse();
    }

    @Test
    void a_rename_keeps_the_old_name_with_its_date() {
        form.setOperator(BASE);
        test(find(Button.class).id("rename-operator")).click();
        type("rename-name", "BASE by Telenet");
        test(find(DatePicker.class).id("rename-on")).setValue(LocalDate.of(2026, 12, 1));
        test(find(Button.class).id("rename-apply")).click();
        test(find(Button.class).id("save-operator")).click();

        assertThat(saved).singleElement().satisfies(operator -> {
            assertThat(operator.name()).isEqualTo("BASE by Telenet");
            assertThat(operator.formerNames()).containsExactly(new FormerName("BASE", LocalDate.of(2026, 12, 1),
                    null, null));
            assertThat(operator.code()).isEqualTo(BASE.code());
        });
    }
}
