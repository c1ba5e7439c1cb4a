package dev.waymark.operator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.waymark.base.TestDatabaseInitializer;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.OperatorCode;
import dev.waymark.operator.Operator;
import dev.waymark.operator.OperatorRegistry;
import dev.waymark.operator.OperatorStatus;
import dev.waymark.operator.StoredOperator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ContextConfiguration;

/** The registry's list and form, through the service, as an editor uses them. */
@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class OperatorListViewTest extends SpringBrowserlessTest {

    @Autowired
    OperatorRegistry registry;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    private void open(String path) {
        UI.getCurrent().navigate(path, QueryParameters.fromString("lang=en"));
    }

    @SuppressWarnings("unchecked")
    private List<String> codesShown() {
        Grid<StoredOperator> grid = find(Grid.class).id("operators");
        List<String> codes = new ArrayList<>();
        for (int row = 0; row < test(grid).size(); row++) {
            codes.add(test(grid).getRow(row).operator().code().value());
        }
        return codes;
    }

    @Test
    @WithMockUser(username = "registry-list-editor", roles = "EDITOR")
    @SuppressWarnings("unchecked")
    void the_list_filters_by_country_status_review_due_and_any_name() {
        OperatorCode active = new OperatorCode("nl-act" + suffix);
        OperatorCode gone = new OperatorCode("nl-gone" + suffix);
        registry.create(new Operator(active, new CountryCode("NL"), "Active " + suffix, "Owner " + suffix, null, null,
                null, null, null, OperatorStatus.ACTIVE, LocalDate.now().minusDays(1)), "");
        registry.create(new Operator(gone, new CountryCode("NL"), "Gone " + suffix, null, null, null, null, null, null,
                OperatorStatus.SHUT_DOWN, null), "");
        open("editor/operators");

        test(find(TextField.class).id("filter-text")).setValue(suffix);
        assertThat(codesShown()).containsExactlyInAnyOrder(active.value(), gone.value());
        test((Select<OperatorStatus>) find(Select.class).id("filter-status")).selectItem("Shut down");
        assertThat(codesShown()).containsExactly(gone.value());
        find(Select.class).id("filter-status").clear();
        test(find(Checkbox.class).id("filter-due")).click();
        assertThat(codesShown()).containsExactly(active.value());
        test(find(Checkbox.class).id("filter-due")).click();
        test(find(TextField.class).id("filter-text")).setValue("owner " + suffix);
        assertThat(codesShown()).as("the brand owner").containsExactly(active.value());
        test(find(TextField.class).id("filter-text")).setValue("");
        test((ComboBox<CountryCode>) find(ComboBox.class).id("filter-country")).selectItem("Netherlands");
        assertThat(codesShown()).contains(active.value(), gone.value()).noneMatch(code -> !code.startsWith("nl-"));
    }

    @Test
    @WithMockUser(username = "registry-form-editor", roles = "EDITOR")
    void a_save_from_an_old_revision_shows_the_services_message_and_writes_nothing() {
        OperatorCode code = new OperatorCode("nl-stale" + suffix);
        registry.create(new Operator(code, new CountryCode("NL"), "Stale " + suffix, null, null, null, null, null), "");
        open("editor/operators/" + code.value());
        // Someone else saves meanwhile.
        Operator theirs = registry.find(code).orElseThrow().operator().renamed("Theirs " + suffix, LocalDate.now());
        registry.save(theirs, 1, "theirs");

        test(find(TextField.class).id("operator-brand-owner")).setValue("Mine");
        test(find(Button.class).id("save-operator")).click();

        assertThat(find(Span.class).id("operator-problems").getText())
                .contains("changed by someone else");
        assertThat(registry.find(code).orElseThrow().operator()).isEqualTo(theirs);
    }
}
