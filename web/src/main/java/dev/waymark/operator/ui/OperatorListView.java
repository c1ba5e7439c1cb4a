package dev.waymark.operator.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.waymark.base.ui.AdminLayout;
import dev.waymark.base.ui.ReaderLanguage;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.Language;
import dev.waymark.operator.OperatorFilter;
import dev.waymark.operator.OperatorRegistry;
import dev.waymark.operator.OperatorStatus;
import dev.waymark.operator.StoredOperator;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The operator registry: every operator of every country, filtered by country, status, review due and name, loaded
 * page by page. An operator opens in its form; "New operator" opens an empty one.
 */
@Route(value = OperatorListView.ROUTE, layout = AdminLayout.class)
@RolesAllowed({"EDITOR", "ADMIN"})
public class OperatorListView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "editor/operators";

    private final Language language = ReaderLanguage.current();
    private final Clock clock;
    private final ComboBox<CountryCode> country = new ComboBox<>();
    private final Select<OperatorStatus> status = new Select<>();
    private final Checkbox due = new Checkbox();
    private final TextField text = new TextField();
    private final Grid<StoredOperator> grid = new Grid<>();
    private OperatorFilter filter = OperatorFilter.ALL;

    public OperatorListView(OperatorRegistry registry, ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
        setSizeFull();
        Button create = new Button(t("operators.new"), VaadinIcon.PLUS.create(),
                event -> UI.getCurrent().navigate(OperatorEditorView.class,
                        new RouteParameters(OperatorEditorView.CODE, OperatorEditorView.NEW)));
        create.setId("new-operator");
        create.addThemeVariants(ButtonVariant.PRIMARY);

        country.setId("filter-country");
        country.setLabel(t("operators.country"));
        country.setItems(OperatorForm.countries(language));
        country.setItemLabelGenerator(code -> code.displayName(language));
        country.setClearButtonVisible(true);
        status.setId("filter-status");
        status.setLabel(t("operators.status"));
        status.setItems(OperatorStatus.values());
        status.setItemLabelGenerator(value -> value == null ? t("operators.status.any")
                : t("operators.status." + value.name()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(t("operators.status.any"));
        due.setId("filter-due");
        due.setLabel(t("operators.filter.due"));
        text.setId("filter-text");
        text.setLabel(t("operators.filter.text"));
        text.setMaxLength(OperatorFilter.TEXT_MAX_LENGTH);
        text.setClearButtonVisible(true);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        country.addValueChangeListener(event -> refilter());
        status.addValueChangeListener(event -> refilter());
        due.addValueChangeListener(event -> refilter());
        text.addValueChangeListener(event -> refilter());
        Div filters = new Div(country, status, text, due);
        filters.addClassName("wm-filters");

        grid.setId("operators");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::nameLink).setKey("name").setHeader(t("operators.name")).setFlexGrow(1);
        grid.addColumn(stored -> stored.operator().code().value()).setKey("code").setHeader(t("operators.code"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(stored -> stored.operator().country().displayName(language)).setKey("country")
                .setHeader(t("operators.country")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(stored -> stored.operator().brandOwner() == null ? "" : stored.operator().brandOwner())
                .setKey("brandOwner").setHeader(t("operators.brandOwner")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(stored -> t("operators.status." + stored.operator().status().name())).setKey("status")
                .setHeader(t("operators.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::reviewDue).setKey("reviewDue").setHeader(t("operators.reviewDue")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(StoredOperator::revision).setKey("revision").setHeader(t("operators.revision"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(t("operators.list.empty"));
        grid.setItems(query -> registry.list(filter, query.getOffset(), query.getLimit()).stream(),
                query -> registry.count(filter)).setIdentifierProvider(stored -> stored.operator().code());

        add(new H2(t("operators.list.title")), create, filters, grid);
        setFlexGrow(1, grid);
    }

    private void refilter() {
        filter = new OperatorFilter(country.getValue(), status.getValue(), due.getValue() ? LocalDate.now(clock) : null,
                text.getValue());
        grid.getDataProvider().refreshAll();
    }

    /** The name, a link to the form so the keyboard and a new tab work too. */
    private RouterLink nameLink(StoredOperator stored) {
        RouterLink link = new RouterLink(stored.operator().name(), OperatorEditorView.class,
                new RouteParameters(OperatorEditorView.CODE, stored.operator().code().value()));
        link.setId("open-" + stored.operator().code().value());
        return link;
    }

    private String reviewDue(StoredOperator stored) {
        LocalDate date = stored.operator().reviewDue();
        if (date == null) {
            return "–";
        }
        String text = DateTimeFormatter.ISO_LOCAL_DATE.format(date);
        return stored.operator().reviewDueBy(LocalDate.now(clock)) ? text + " · " + t("operators.due") : text;
    }

    private String t(String key) {
        return Texts.get(language, key);
    }

    @Override
    public String getPageTitle() {
        return t("operators.list.pageTitle");
    }
}
