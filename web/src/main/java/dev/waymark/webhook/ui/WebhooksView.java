package dev.waymark.webhook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.waymark.base.ui.AdminLayout;
import dev.waymark.base.ui.ReaderLanguage;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.Language;
import dev.waymark.webhook.Delivery;
import dev.waymark.webhook.NewWebhook;
import dev.waymark.webhook.Webhook;
import dev.waymark.webhook.WebhookEvent;
import dev.waymark.webhook.WebhookService;
import dev.waymark.webhook.WebhookSummary;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Admins register webhook URLs for events (the signing secret is shown once), see them, remove them, read each one's
 * deliveries (status, answer, attempts, times) and send a delivery again.
 */
@Route(value = "admin/webhooks", layout = AdminLayout.class)
@RolesAllowed("ADMIN")
public class WebhooksView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final WebhookService webhooks;
    private final Language language = ReaderLanguage.current();
    private final TextField url = new TextField();
    private final CheckboxGroup<WebhookEvent> events = new CheckboxGroup<>();
    private final Grid<WebhookSummary> grid = new Grid<>();
    private final Grid<Delivery> deliveries = new Grid<>();
    private final H3 deliveriesTitle = new H3();
    private @Nullable WebhookSummary selected;

    public WebhooksView(WebhookService webhooks) {
        this.webhooks = webhooks;
        url.setId("webhook-url");
        url.setLabel(Texts.get(language, "webhooks.url"));
        url.setPlaceholder("https://example.org/waymark");
        url.setMaxLength(Webhook.URL_MAX_LENGTH);
        url.setWidth("30em");
        events.setId("webhook-events");
        events.setLabel(Texts.get(language, "webhooks.events"));
        events.setItems(WebhookEvent.values());
        events.setItemLabelGenerator(WebhookEvent::key);
        Button register = new Button(Texts.get(language, "webhooks.register"), event -> register());
        register.setId("register-webhook");
        register.addThemeVariants(ButtonVariant.PRIMARY);

        grid.setId("webhooks");
        grid.addColumn(webhook -> webhook.url().toString()).setHeader(Texts.get(language, "webhooks.url"))
                .setAutoWidth(true);
        grid.addColumn(webhook -> webhook.events().stream().map(WebhookEvent::key).collect(Collectors.joining(" ")))
                .setHeader(Texts.get(language, "webhooks.events")).setAutoWidth(true);
        grid.addColumn(webhook -> TIME.format(webhook.createdAt()) + " · " + webhook.createdBy())
                .setHeader(Texts.get(language, "webhooks.created")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        grid.setAllRowsVisible(true);

        deliveries.setId("deliveries");
        deliveries.addColumn(delivery -> delivery.event().key()).setHeader(Texts.get(language, "webhooks.event"))
                .setAutoWidth(true);
        deliveries.addColumn(delivery -> delivery.status().name()).setKey("status")
                .setHeader(Texts.get(language, "webhooks.status")).setAutoWidth(true);
        deliveries.addColumn(delivery -> delivery.lastStatusCode() == null ? "–" : delivery.lastStatusCode().toString())
                .setHeader(Texts.get(language, "webhooks.answer")).setAutoWidth(true);
        deliveries.addColumn(Delivery::attempts).setHeader(Texts.get(language, "webhooks.attempts")).setAutoWidth(true);
        deliveries.addColumn(delivery -> time(delivery.lastAttemptAt()))
                .setHeader(Texts.get(language, "webhooks.lastAttempt")).setAutoWidth(true);
        deliveries.addColumn(delivery -> delivery.status() == dev.waymark.webhook.DeliveryStatus.PENDING
                        ? time(delivery.nextAttemptAt()) : "–")
                .setHeader(Texts.get(language, "webhooks.nextAttempt")).setAutoWidth(true);
        deliveries.addColumn(delivery -> delivery.lastError() == null ? "" : delivery.lastError())
                .setHeader(Texts.get(language, "webhooks.error")).setAutoWidth(true);
        deliveries.addComponentColumn(this::sendAgain).setKey("actions").setAutoWidth(true);
        deliveries.setVisible(false);
        deliveriesTitle.setVisible(false);
        Button refresh = new Button(Texts.get(language, "webhooks.refresh"), event -> refresh());
        refresh.setId("refresh-webhooks");

        add(new H2(Texts.get(language, "webhooks.title")), new Paragraph(Texts.get(language, "webhooks.intro")),
                url, events, register, grid, new HorizontalLayout(deliveriesTitle, refresh), deliveries);
        refresh();
    }

    private void register() {
        try {
            NewWebhook created = webhooks.register(url.getValue(),
                    events.getValue().isEmpty() ? EnumSet.noneOf(WebhookEvent.class) : EnumSet.copyOf(events.getValue()));
            url.clear();
            events.clear();
            refresh();
            TextField secret = new TextField(Texts.get(language, "webhooks.secret"));
            secret.setId("webhook-secret");
            secret.setValue(created.secret());
            secret.setReadOnly(true);
            secret.setWidthFull();
            Dialog dialog = new Dialog(new Paragraph(Texts.get(language, "webhooks.showOnce")), secret);
            dialog.setId("new-webhook");
            dialog.setHeaderTitle(created.webhook().url().toString());
            dialog.setWidth("40em");
            Button close = new Button(Texts.get(language, "webhooks.close"), event -> dialog.close());
            close.setId("close-new-webhook");
            dialog.getFooter().add(close);
            dialog.open();
        } catch (IllegalArgumentException e) {
            url.setErrorMessage(e.getMessage());
            url.setInvalid(true);
        }
    }

    private HorizontalLayout actions(WebhookSummary webhook) {
        Button show = new Button(Texts.get(language, "webhooks.deliveries"), event -> {
            selected = webhook;
            refresh();
        });
        show.setId("deliveries-" + webhook.id());
        show.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        Button remove = new Button(Texts.get(language, "webhooks.remove"), event -> {
            webhooks.remove(webhook.id());
            if (selected != null && selected.id().equals(webhook.id())) {
                selected = null;
            }
            refresh();
        });
        remove.setId("remove-" + webhook.id());
        remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        return new HorizontalLayout(show, remove);
    }

    private Button sendAgain(Delivery delivery) {
        Button again = new Button(Texts.get(language, "webhooks.sendAgain"), event -> {
            try {
                webhooks.resend(delivery.id());
                Notification.show(Texts.get(language, "webhooks.queued")).addThemeVariants(NotificationVariant.SUCCESS);
            } catch (IllegalArgumentException e) {
                Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.ERROR);
            }
            refresh();
        });
        again.setId("send-again-" + delivery.id());
        again.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        return again;
    }

    private void refresh() {
        List<WebhookSummary> all = webhooks.list();
        grid.setItems(all);
        WebhookSummary shown = selected;
        boolean visible = shown != null && all.stream().anyMatch(webhook -> webhook.id().equals(shown.id()));
        deliveries.setVisible(visible);
        deliveriesTitle.setVisible(visible);
        if (visible) {
            deliveriesTitle.setText(Texts.get(language, "webhooks.deliveriesOf", shown.url().toString()));
            deliveries.setItems(webhooks.deliveries(shown.id(), WebhookService.MAX_DELIVERIES));
        }
    }

    private static String time(@Nullable Instant instant) {
        return instant == null ? "–" : TIME.format(instant);
    }

    @Override
    public String getPageTitle() {
        return Texts.get(language, "webhooks.pageTitle");
    }
}
