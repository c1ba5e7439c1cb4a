package dev.waymark.webhook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import dev.waymark.base.TestDatabaseInitializer;
import dev.waymark.webhook.Delivery;
import dev.waymark.webhook.WebhookEvent;
import dev.waymark.webhook.WebhookSummary;
import dev.waymark.webhook.Webhooks;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class WebhooksViewTest extends SpringBrowserlessTest {

    @Autowired
    Webhooks webhooks;

    private Component open() {
        UI.getCurrent().navigate("admin/webhooks", QueryParameters.fromString("lang=en"));
        return (Component) UI.getCurrent().getCurrentView();
    }

    @SuppressWarnings("unchecked")
    private Grid<WebhookSummary> grid() {
        return $(Grid.class).id("webhooks");
    }

    @SuppressWarnings("unchecked")
    private Grid<Delivery> deliveries() {
        return $(Grid.class).id("deliveries");
    }

    /** The button with {@code id} in the actions cell of the row matching {@code rowId}. */
    private <T> Button action(Grid<T> grid, java.util.function.Predicate<T> row, String id) {
        var rows = test(grid);
        for (int i = 0; i < rows.size(); i++) {
            if (row.test(rows.getRow(i))) {
                Component cell = rows.getCellComponent(i, "actions");
                return java.util.stream.Stream.concat(java.util.stream.Stream.of(cell), cell.getChildren())
                        .filter(child -> id.equals(child.getId().orElse(null))).map(Button.class::cast)
                        .findFirst().orElseThrow(() -> new AssertionError("no button " + id));
            }
        }
        throw new AssertionError("no such row");
    }

    @Test
    @WithMockUser(username = "webhooks-view-admin", roles = "ADMIN")
    void an_admin_registers_a_url_sees_the_secret_once_and_sends_a_delivery_again() {
        assertThat(open()).isInstanceOf(WebhooksView.class);
        String url = "https://example.org/hooks/" + UUID.randomUUID();

        test($(TextField.class).id("webhook-url")).setValue(url);
        @SuppressWarnings("unchecked")
        CheckboxGroup<WebhookEvent> events = $(CheckboxGroup.class).id("webhook-events");
        events.setValue(Set.of(WebhookEvent.GUIDE_PUBLISHED, WebhookEvent.TRANSLATION_STALE));
        test($(Button.class).id("register-webhook")).click();

        assertThat($(TextField.class).id("webhook-secret").getValue()).startsWith("whsec_");
        test($(Button.class).id("close-new-webhook")).click();
        WebhookSummary registered = grid().getListDataView().getItems()
                .filter(webhook -> webhook.url().toString().equals(url)).findFirst().orElseThrow();
        assertThat(registered.events()).containsExactly(WebhookEvent.GUIDE_PUBLISHED, WebhookEvent.TRANSLATION_STALE);

        // An event for this webhook alone, straight into the outbox (the dispatcher is off in this test).
        UUID eventId = UUID.randomUUID();
        webhooks.enqueue(WebhookEvent.TRANSLATION_STALE, eventId, "{\"id\":\"" + eventId + "\"}", Instant.now());
        test(action(grid(), webhook -> webhook.id().equals(registered.id()), "deliveries-" + registered.id())).click();
        assertThat(deliveries().isVisible()).isTrue();
        Delivery first = deliveries().getListDataView().getItems()
                .filter(delivery -> delivery.eventId().equals(eventId)).findFirst().orElseThrow();

        test(action(deliveries(), delivery -> delivery.id().equals(first.id()), "send-again-" + first.id())).click();

        assertThat(deliveries().getListDataView().getItems().filter(delivery -> delivery.eventId().equals(eventId)))
                .hasSize(2);
        test(action(grid(), webhook -> webhook.id().equals(registered.id()), "remove-" + registered.id())).click();
        assertThat(grid().getListDataView().getItems().map(WebhookSummary::id)).doesNotContain(registered.id());
    }

    @Test
    @WithMockUser(username = "webhooks-view-editor", roles = "EDITOR")
    void editors_do_not_get_the_webhooks_screen() {
        assertThat(open()).isNotInstanceOf(WebhooksView.class);
    }
}
