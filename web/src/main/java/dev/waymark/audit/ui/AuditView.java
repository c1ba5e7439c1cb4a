package dev.waymark.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.waymark.base.ui.AdminLayout;
import dev.waymark.audit.AuditEvent;
import dev.waymark.audit.AuditFilter;
import dev.waymark.audit.AuditService;
import dev.waymark.base.ui.ReaderLanguage;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.Language;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Admins browse the audit record, newest first, filtered by who, what (an action or every action under a
 * prefix such as {@code login}), which guide or user, and a date range (server time zone).
 */
@Route(value = "admin/audit", layout = AdminLayout.class)
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    private final AuditService audit;
    private final Language language = ReaderLanguage.current();
    private final ZoneId zone = ZoneId.systemDefault();
    private final TextField actor = new TextField();
    private final TextField action = new TextField();
    private final TextField target = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker until = new DatePicker();
    private final Span count = new Span();
    private final Grid<AuditEvent> grid = new Grid<>();
    private AuditFilter filter = AuditFilter.ALL;

    public AuditView(AuditService audit) {
        this.audit = audit;
        setSizeFull();
        filterField(actor, "filter-actor", "audit.actor");
        filterField(action, "filter-action", "audit.action");
        action.setHelperText(Texts.get(language, "audit.action.help"));
        filterField(target, "filter-target", "audit.target");
        from.setId("filter-from");
        from.setLabel(Texts.get(language, "audit.from"));
        from.addValueChangeListener(event -> applyFilter());
        until.setId("filter-until");
        until.setLabel(Texts.get(language, "audit.until"));
        until.addValueChangeListener(event -> applyFilter());
        HorizontalLayout filters = new HorizontalLayout(actor, action, target, from, until);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("audit");
        grid.addColumn(event -> TIME.format(event.at().atZone(zone))).setHeader(Texts.get(language, "audit.at"))
                .setAutoWidth(true);
        grid.addColumn(AuditEvent::actor).setHeader(Texts.get(language, "audit.actor")).setAutoWidth(true);
        grid.addColumn(AuditEvent::action).setHeader(Texts.get(language, "audit.action")).setAutoWidth(true);
        grid.addColumn(event -> event.target() == null ? "" : event.target())
                .setHeader(Texts.get(language, "audit.target")).setAutoWidth(true);
        grid.addColumn(AuditEvent::detail).setHeader(Texts.get(language, "audit.detail")).setFlexGrow(1);
        grid.setItems(query -> audit.find(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(filter)));
        count.setId("audit-count");
        updateCount();
        add(new H2(Texts.get(language, "audit.title")), filters, count, grid);
    }

    private void filterField(TextField field, String id, String label) {
        field.setId(id);
        field.setLabel(Texts.get(language, label));
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(event -> applyFilter());
    }

    private void applyFilter() {
        try {
            filter = new AuditFilter(actor.getValue(), action.getValue(), target.getValue(), startOf(from.getValue()),
                    startOf(until.getValue() == null ? null : until.getValue().plusDays(1)));
        } catch (IllegalArgumentException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
            return;
        }
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private void updateCount() {
        count.setText(Texts.get(language, "audit.count", audit.count(filter)));
    }

    private @Nullable Instant startOf(@Nullable LocalDate date) {
        return date == null ? null : date.atStartOfDay(zone).toInstant();
    }

    @Override
    public String getPageTitle() {
        return Texts.get(language, "audit.pageTitle");
    }
}
