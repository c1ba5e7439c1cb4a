package dev.waymark.guide.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.waymark.base.ui.DomainMessages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Edits one part of a guide (a step, a way, a source...). Reading it builds the domain record; when the
 * domain refuses, its message is shown beside the field that caused it (or on the part when no field is to
 * blame), and the part has no value until it is fixed.
 *
 * @param <T> the domain record the part holds
 */
abstract class PartEditor<T> extends Div {

    /** A sub-value the domain refused, with the field it came from. */
    static final class FieldProblem extends IllegalArgumentException {
        private final transient HasValidation field;

        FieldProblem(HasValidation field, String message) {
            super(message);
            this.field = field;
        }
    }

    /**
     * Fields whose values name the guide's sources, operators and card types, each with the part that holds it
     * and where that part is, for checks against the whole guide.
     */
    static final class References {
        record Ref<F>(PartEditor<?> owner, F field, Problems where) {
        }

        final List<Ref<EvidenceField>> evidence = new ArrayList<>();
        final List<Ref<ApplicabilityField>> applicability = new ArrayList<>();
        final List<Ref<ContactEditor>> contacts = new ArrayList<>();

        void evidence(PartEditor<?> owner, EvidenceField field, Problems where) {
            evidence.add(new Ref<>(owner, field, where));
        }

        void applicability(PartEditor<?> owner, @Nullable ApplicabilityField field, Problems where) {
            if (field != null) {
                applicability.add(new Ref<>(owner, field, where));
            }
        }
    }

    protected final EditorContext context;
    private final Paragraph error = new Paragraph();
    private final Map<String, HasValidation> blames = new LinkedHashMap<>();
    private final List<HasValidation> marked = new ArrayList<>();
    private Runnable captionChanged = () -> { };

    PartEditor(EditorContext context) {
        this.context = context;
        addClassName("wm-part-body");
        error.addClassName("wm-part-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(error);
    }

    /** The record made of the fields' values. Throws IllegalArgumentException when the domain refuses it. */
    protected abstract T build();

    /** Fills the fields with {@code value}. */
    abstract void show(T value);

    /** Gives the part and its fields ids derived from {@code id} (e.g. {@code way-1-step-2-text-en}). */
    void identify(String id) {
        setId(id);
        error.setId(id + "-error");
    }

    /** Puts the keyboard in the part's first field, as when it was just added. */
    abstract void focusFirst();

    /** A few words after the part's number in its heading, such as a way's kind; empty for none. */
    String caption() {
        return "";
    }

    void onCaptionChange(Runnable listener) {
        captionChanged = listener;
    }

    protected void captionChanged() {
        captionChanged.run();
    }

    /** Reads parts nested in this one (a way's steps) into {@code problems}; false when any was refused. */
    protected boolean readNested(Problems problems) {
        return true;
    }

    /** Adds the fields that name the guide's sources, operators or card types; {@code where} is this part. */
    void collect(References references, Problems where) {
    }

    /** The part's record, or empty when the domain refused it (the problem is then shown and recorded). */
    final Optional<T> read(Problems problems) {
        clearErrors();
        int before = problems.size();
        if (!readNested(problems) || problems.size() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(build());
        } catch (FieldProblem problem) {
            mark(problem.field, problem.getMessage());
            problems.add(problem.getMessage(), (Component) problem.field);
        } catch (IllegalArgumentException refused) {
            problems.add(refused.getMessage(), blame(refused.getMessage()));
        }
        return Optional.empty();
    }

    /** Shows a message beside the field it is about, else on the part; returns where it is shown. */
    Component blame(String message) {
        for (Map.Entry<String, HasValidation> entry : blames.entrySet()) {
            if (message.contains(entry.getKey())) {
                mark(entry.getValue(), message);
                return (Component) entry.getValue();
            }
        }
        error.setText(DomainMessages.translate(context.ui(), message));
        error.setVisible(true);
        return this;
    }

    /** Shows the message on the field, opening the section it may be folded into. */
    void mark(HasValidation field, String message) {
        field.setErrorMessage(DomainMessages.translate(context.ui(), message));
        field.setInvalid(true);
        marked.add(field);
        for (Optional<Component> parent = ((Component) field).getParent(); parent.isPresent() && parent.get() != this;
             parent = parent.get().getParent()) {
            if (parent.get() instanceof Details details) {
                details.setOpened(true);
            }
        }
    }

    void clearErrors() {
        marked.forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        marked.clear();
        error.setVisible(false);
    }

    /** Messages containing one of the fragments (the domain's name for the field) are shown beside the field. */
    protected void blames(HasValidation field, String... fragments) {
        for (String fragment : fragments) {
            blames.put(fragment, field);
        }
    }

    /** Parses a sub-value; a refusal is shown beside {@code field}. */
    protected static <V> V field(HasValidation field, Supplier<V> parse) {
        try {
            return parse.get();
        } catch (FieldProblem nested) {
            throw nested;
        } catch (IllegalArgumentException refused) {
            throw new FieldProblem(field, refused.getMessage());
        }
    }

    /**
     * Where the part applies and what backs it, folded under one heading that says both ("everyone · advice"),
     * so that a part stays short until the editor opens it.
     */
    protected Details appliesAndEvidence(@Nullable ApplicabilityField applies, EvidenceField evidence) {
        Details details = new Details();
        details.addClassName("wm-part-facts");
        Supplier<String> summary = () -> (applies == null ? "" : context.t("editor.applies") + ": " + applies.summary()
                + " · ") + context.t("editor.evidence") + ": " + evidence.summary();
        details.setSummaryText(summary.get());
        if (applies != null) {
            details.add(applies);
            applies.addValueChangeListener(event -> details.setSummaryText(summary.get()));
            blames(applies, "limited to");
        }
        details.add(evidence);
        evidence.addValueChangeListener(event -> details.setSummaryText(summary.get()));
        blames(evidence, "cites source", "without a source", "general advice");
        return details;
    }
}
