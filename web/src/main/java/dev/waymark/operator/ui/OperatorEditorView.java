package dev.waymark.operator.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.waymark.base.ui.AdminLayout;
import dev.waymark.base.ui.ReaderLanguage;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.Language;
import dev.waymark.guide.OperatorCode;
import dev.waymark.operator.Operator;
import dev.waymark.operator.OperatorCodeTakenException;
import dev.waymark.operator.OperatorRegistry;
import dev.waymark.operator.OperatorRevision;
import dev.waymark.operator.StaleOperatorException;
import dev.waymark.operator.StoredOperator;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One operator of the registry: its form, and its revisions, any of which can be restored. At
 * {@code editor/operators/new} the form is empty and saving adds the operator. A save from a revision someone else
 * has replaced is refused with the service's message, and nothing is written.
 */
@Route(value = OperatorEditorView.ROUTE, layout = AdminLayout.class)
@RolesAllowed({"EDITOR", "ADMIN"})
public class OperatorEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String CODE = "code";
    public static final String NEW = "new";
    public static final String ROUTE = "editor/operators/:" + CODE;

    private final OperatorRegistry registry;
    private final Language language = ReaderLanguage.current();
    private final H2 title = new H2();
    private final OperatorForm form = new OperatorForm(language);
    private final Grid<OperatorRevision> history = new Grid<>();
    private final H3 historyTitle = new H3();
    private @Nullable StoredOperator stored;

    public OperatorEditorView(OperatorRegistry registry) {
        this.registry = registry;
        title.setId("operator-title");
        RouterLink back = new RouterLink(Texts.get(language, "operators.back"), OperatorListView.class);
        back.setId("operators-back");
        form.addSaveListener(event -> save(event.operator()));

        historyTitle.setText(Texts.get(language, "operators.history"));
        history.setId("operator-history");
        history.setAllRowsVisible(true);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
        history.addColumn(OperatorRevision::number).setHeader(Texts.get(language, "operators.revision"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(revision -> revision.operator().name()).setHeader(Texts.get(language, "operators.name"))
                .setAutoWidth(true);
        history.addColumn(OperatorRevision::author).setHeader(Texts.get(language, "operators.author"))
                .setAutoWidth(true);
        history.addColumn(revision -> time.format(revision.createdAt())).setHeader(Texts.get(language, "operators.time"))
                .setAutoWidth(true);
        history.addColumn(OperatorRevision::message).setHeader(Texts.get(language, "operators.message"))
                .setFlexGrow(1);
        history.addComponentColumn(this::restoreButton).setAutoWidth(true).setFlexGrow(0);
        add(back, title, form, historyTitle, history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get(CODE).orElse(NEW);
        if (NEW.equals(code)) {
            stored = null;
            form.setOperator(null);
            showHistory();
            return;
        }
        Optional<StoredOperator> found = parse(code).flatMap(registry::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "no operator has the code '" + code + "'");
            return;
        }
        load(found.get());
    }

    private static Optional<OperatorCode> parse(String code) {
        try {
            return Optional.of(new OperatorCode(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void load(StoredOperator loaded) {
        stored = loaded;
        form.setOperator(loaded.operator());
        showHistory();
    }

    private void showHistory() {
        StoredOperator current = stored;
        title.setText(current == null ? Texts.get(language, "operators.new")
                : current.operator().name() + " · " + current.operator().code().value());
        historyTitle.setVisible(current != null);
        history.setVisible(current != null);
        history.setItems(current == null ? List.of() : registry.history(current.operator().code()));
    }

    private void save(Operator operator) {
        StoredOperator current = stored;
        try {
            if (current == null) {
                StoredOperator created = registry.create(operator, form.message());
                UI.getCurrent().navigate(OperatorEditorView.class,
                        new RouteParameters(CODE, created.operator().code().value()));
            } else {
                load(registry.save(operator, current.revision(), form.message()));
            }
            Notification.show(Texts.get(language, "operators.saved")).setId("operator-saved");
        } catch (OperatorCodeTakenException | StaleOperatorException | IllegalArgumentException e) {
            form.showProblem(e.getMessage());
        }
    }

    private Button restoreButton(OperatorRevision revision) {
        Button restore = new Button(Texts.get(language, "operators.restore"));
        restore.setId("restore-" + revision.number());
        restore.addThemeVariants(ButtonVariant.TERTIARY);
        StoredOperator current = stored;
        restore.setEnabled(current != null && revision.number() != current.revision());
        restore.addClickListener(event -> {
            StoredOperator latest = stored;
            if (latest == null) {
                return;
            }
            try {
                load(registry.restore(latest.operator().code(), revision.number(), latest.revision()));
            } catch (StaleOperatorException e) {
                form.showProblem(e.getMessage());
            }
        });
        return restore;
    }

    @Override
    public String getPageTitle() {
        StoredOperator current = stored;
        return current == null ? Texts.get(language, "operators.new") : current.operator().name();
    }
}
