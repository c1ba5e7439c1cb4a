package dev.waymark.guide.editor.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.Evidence;
import dev.waymark.guide.Language;
import dev.waymark.guide.SourceKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What backs a statement: its kind (a sourced fact, an unverified fact, or general advice) and which of the
 * guide's sources it cites. A new statement starts unverified, the safe thing to tell a reader. A cited source
 * the guide no longer lists stays ticked and marked, so the domain's refusal can be seen and fixed rather than
 * the citation silently dropped. While the domain refuses the combination (a sourced fact citing nothing,
 * advice citing a source) the field's value is null and {@link #read()} throws the domain's message.
 */
public class EvidenceField extends CustomField<Evidence> {

    /** What a new statement is until the editor says otherwise. */
    static final Evidence NEW = Evidence.UNVERIFIED;

    private final Language ui;
    private final RadioButtonGroup<Evidence.Kind> kind = new RadioButtonGroup<>();
    private final CheckboxGroup<SourceKey> sources = new CheckboxGroup<>();
    private List<SourceKey> offered = List.of();
    private boolean presenting;

    public EvidenceField(Language ui, List<SourceKey> sourceKeys) {
        super(NEW);
        this.ui = ui;
        addClassName("wm-evidence");
        kind.setLabel(Texts.get(ui, "editor.evidence.kind"));
        kind.setItems(Evidence.Kind.values());
        kind.setItemLabelGenerator(value -> Texts.get(ui, "editor.evidence.kind." + value.key()));
        kind.setValue(NEW.kind());
        kind.setHelperText(Texts.get(ui, "editor.evidence.kind.help"));
        sources.setLabel(Texts.get(ui, "editor.evidence.sources"));
        sources.setHelperText(Texts.get(ui, "editor.evidence.sources.help"));
        sources.setItemLabelGenerator(key -> offered.contains(key) ? key.value()
                : Texts.get(ui, "editor.evidence.missing", key.value()));
        sources.addValueChangeListener(event -> {
            // Citing a source makes general advice a sourced fact: advice cites nothing.
            if (!presenting && event.isFromClient() && !event.getValue().isEmpty()
                    && kind.getValue() == Evidence.Kind.ADVICE) {
                kind.setValue(Evidence.Kind.SOURCED);
            }
            changed();
        });
        kind.addValueChangeListener(event -> changed());
        add(new Div(kind, sources));
        setSourceKeys(sourceKeys);
    }

    /** Offers these sources; what is cited stays cited, marked when the guide does not list it. */
    public void setSourceKeys(List<SourceKey> keys) {
        offered = List.copyOf(keys);
        offer(new LinkedHashSet<>(sources.getValue()));
    }

    private void offer(Set<SourceKey> cited) {
        Set<SourceKey> items = new LinkedHashSet<>(offered);
        items.addAll(cited);
        presenting = true;
        try {
            sources.setItems(new ArrayList<>(items));
            sources.setValue(cited);
        } finally {
            presenting = false;
        }
        sources.setVisible(!items.isEmpty());
    }

    @Override
    public void setId(String id) {
        super.setId(id);
        kind.setId(id + "-kind");
        sources.setId(id + "-sources");
    }

    private void changed() {
        if (!presenting) {
            updateValue();
        }
    }

    /**
     * The evidence the editor chose.
     *
     * @throws IllegalArgumentException with the domain's message when the kind and the citations disagree
     */
    Evidence read() {
        List<SourceKey> cited = new ArrayList<>();
        // Cited in the order the guide lists its sources, then any it no longer lists.
        offered.stream().filter(sources.getValue()::contains).forEach(cited::add);
        sources.getValue().stream().filter(key -> !cited.contains(key)).forEach(cited::add);
        Evidence.Kind chosen = kind.getValue();
        return new Evidence(chosen == null ? NEW.kind() : chosen, cited);
    }

    @Override
    protected @Nullable Evidence generateModelValue() {
        try {
            return read();
        } catch (IllegalArgumentException refused) {
            return null;
        }
    }

    @Override
    protected void setPresentationValue(@Nullable Evidence value) {
        Evidence evidence = value == null ? NEW : value;
        presenting = true;
        try {
            kind.setValue(evidence.kind());
        } finally {
            presenting = false;
        }
        offer(new LinkedHashSet<>(evidence.sources()));
    }

    /** A short account for a collapsed heading: the kind and the cited keys. */
    String summary() {
        Evidence.Kind chosen = kind.getValue() == null ? NEW.kind() : kind.getValue();
        List<String> parts = new ArrayList<>();
        parts.add(Texts.get(ui, "editor.evidence." + chosen.key() + ".short"));
        sources.getValue().forEach(key -> parts.add(key.value()));
        return String.join(", ", parts);
    }
}
