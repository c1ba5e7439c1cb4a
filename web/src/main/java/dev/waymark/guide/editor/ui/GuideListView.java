package dev.waymark.guide.editor.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
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
import dev.waymark.guide.EditorGuides;
import dev.waymark.guide.Guide;
import dev.waymark.guide.GuideListFilter;
import dev.waymark.guide.GuideListing;
import dev.waymark.guide.GuideStatus;
import dev.waymark.guide.Language;
import dev.waymark.guide.SlugTakenException;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The editors' list of guides in any status, filtered by country, status, review due and text, loaded page by
 * page. A guide opens in the editor; "New guide" creates a draft and opens it.
 */
@Route(value = GuideListView.ROUTE, layout = AdminLayout.class)
@RolesAllowed({"EDITOR", "ADMIN"})
public class GuideListView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "editor/guides";

    private final EditorGuides editors;
    private final Clock clock;
    private final Language language = ReaderLanguage.current();
    private final ComboBox<CountryCode> country = new ComboBox<>();
    private final Select<GuideStatus> status = new Select<>();
    private final Checkbox due = new Checkbox();
    private final TextField text = new TextField();
    private final Grid<GuideListing> grid = new Grid<>();
    private final Button newGuide = new Button();
    private GuideListFilter filter = GuideListFilter.ALL;
    private Dialog dialog = new Dialog();

    public GuideListView(EditorGuides editors, ObjectProvider<Clock> clock) {
        this.editors = editors;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
        setSizeFull();

        newGuide.setId("new-guide");
        newGuide.setText(Texts.get(language, "editor.new"));
        newGuide.setIcon(VaadinIcon.PLUS.create());
        newGuide.addThemeVariants(ButtonVariant.PRIMARY);
        newGuide.addClickListener(event -> openNewGuide());

        country.setId("filter-country");
        country.setLabel(Texts.get(language, "editor.country"));
        country.setItems(NewGuideForm.countries(language));
        country.setItemLabelGenerator(code -> code.displayName(language));
        country.setClearButtonVisible(true);
        status.setId("filter-status");
        status.setLabel(Texts.get(language, "editor.status"));
        status.setItems(GuideStatus.values());
        status.setItemLabelGenerator(value -> value == null ? Texts.get(language, "editor.status.any")
                : Texts.get(language, "editor.status." + value.name()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(Texts.get(language, "editor.status.any"));
        due.setId("filter-due");
        due.setLabel(Texts.get(language, "editor.filter.due"));
        text.setId("filter-text");
        text.setLabel(Texts.get(language, "editor.filter.text"));
        text.setPlaceholder(Texts.get(language, "editor.filter.text.placeholder"));
        text.setMaxLength(GuideListFilter.TEXT_MAX_LENGTH);
        text.setClearButtonVisible(true);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        country.addValueChangeListener(event -> refilter());
        status.addValueChangeListener(event -> refilter());
        due.addValueChangeListener(event -> refilter());
        text.addValueChangeListener(event -> refilter());
        Div filters = new Div(country, status, text, due);
        filters.addClassName("wm-filters");

        grid.setId("guides");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::titleLink).setKey("title").setHeader(Texts.get(language, "editor.title"))
                .setFlexGrow(1);
        grid.addColumn(listing -> listing.country().displayName(language)).setKey("country")
                .setHeader(Texts.get(language, "editor.country")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(listing -> Texts.get(language, "editor.status." + listing.status().name())).setKey("status")
                .setHeader(Texts.get(language, "editor.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::revisions).setKey("revision").setHeader(Texts.get(language, "editor.revisions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::reviewDue).setKey("reviewDue").setHeader(Texts.get(language, "editor.reviewDue"))
                .setAutoWidth(true).setFlexGrow(0);
        DateTimeFormatter updated = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
        grid.addColumn(listing -> updated.format(listing.updatedAt())).setKey("updated")
                .setHeader(Texts.get(language, "editor.updated")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(Texts.get(language, "editor.list.empty"));
        grid.addItemClickListener(event -> open(event.getItem().id().value().toString()));
        grid.setItems(query -> editors.list(filter, query.getOffset(), query.getLimit()).stream(),
                query -> editors.count(filter)).setIdentifierProvider(GuideListing::id);

        add(new H2(Texts.get(language, "editor.list.title")), newGuide, filters, grid);
        setFlexGrow(1, grid);
    }

    private void refilter() {
        filter = new GuideListFilter(country.getValue(), status.getValue(),
                due.getValue() ? LocalDate.now(clock) : null, text.getValue());
        grid.getDataProvider().refreshAll();
    }

    /** The title, a link to the editor so the keyboard and a new tab work too. */
    private RouterLink titleLink(GuideListing listing) {
        String title = listing.title(language);
        RouterLink link = new RouterLink(title.isBlank() ? listing.slug().value() : title, GuideEditorView.class,
                new RouteParameters(GuideEditorView.ID, listing.id().value().toString()));
        link.setId("open-" + listing.slug().value());
        link.getElement().setAttribute("title", listing.slug().value());
        return link;
    }

    private String revisions(GuideListing listing) {
        String published = listing.publishedRevision() == null ? "–" : String.valueOf(listing.publishedRevision());
        return listing.savedRevision() + " / " + published;
    }

    private Span reviewDue(GuideListing listing) {
        Span span = new Span();
        if (listing.reviewDue() == null) {
            span.setText("–");
            return span;
        }
        String date = DateTimeFormatter.ISO_LOCAL_DATE.format(listing.reviewDue());
        LocalDate today = LocalDate.now(clock);
        if (listing.reviewDueBy(today)) {
            span.setText(date + " · " + Texts.get(language,
                    listing.reviewDue().isBefore(today) ? "editor.overdue" : "editor.dueToday"));
            span.addClassName("wm-overdue");
        } else {
            span.setText(date);
        }
        return span;
    }

    private void openNewGuide() {
        NewGuideForm form = new NewGuideForm(language);
        form.addCreateListener(event -> {
            try {
                Guide created = editors.create(event.slug(), event.content(), "");
                dialog.close();
                open(created.id().value().toString());
            } catch (SlugTakenException taken) {
                form.showSlugError(taken.getMessage());
            }
        });
        form.addCancelListener(event -> dialog.close());
        dialog = new Dialog(form);
        dialog.setId("new-guide-dialog");
        dialog.setHeaderTitle(Texts.get(language, "editor.new"));
        dialog.open();
    }

    private static void open(String id) {
        UI.getCurrent().navigate(GuideEditorView.class, new RouteParameters(GuideEditorView.ID, id));
    }

    @Override
    public String getPageTitle() {
        return Texts.get(language, "editor.list.pageTitle");
    }
}
