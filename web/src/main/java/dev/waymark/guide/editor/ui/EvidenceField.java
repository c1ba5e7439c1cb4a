package dev.waymark.guide.editor.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.Evidence;
import dev.waymark.guide.Language;
import dev.waymark.guide.SourceKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What backs a statement: which of the guide's sources it cites, and whether it is unverified. A cited source
 * the guide no longer lists stays ticked and marked, so the domain's refusal can be seen and fixed rather than
 * the citation silently dropped.
 */
public class EvidenceField extends CustomField<Evidence> {

    private final Language ui;
    private final CheckboxGroup<SourceKey> sources = new CheckboxGroup<>();
    private final Checkbox unverified = new Checkbox();
    private List<SourceKey> offered = List.of();
    private boolean presenting;

    public EvidenceField(Language ui, List<SourceKey> sourceKeys) {
        super(Evidence.ADVICE);
        this.ui = ui;
        addClassName("wm-evidence");
        sources.setLabel(Texts.get(ui, "editor.evidence.sources"));
        unverified.setLabel(Texts.get(ui, "editor.evidence.unverified"));
        unverified.setTooltipText(Texts.get(ui, "editor.evidence.unverified.help"));
        sources.setHelperText(Texts.get(ui, "editor.evidence.sources.help"));
        sources.setItemLabelGenerator(key -> offered.contains(key) ? key.value()
                : Texts.get(ui, "editor.evidence.missing", key.value()));
        sources.addValueChangeListener(event -> changed());
        unverified.addValueChangeListener(event -> changed());
        add(new Div(sources, unverified));
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
        sources.setId(id + "-sources");
        unverified.setId(id + "-unverified");
    }

    private void changed() {
        if (!presenting) {
            updateValue();
        }
    }

    @Override
    protected Evidence generateModelValue() {
        List<SourceKey> cited = new ArrayList<>();
        // Cited in the order the guide lists its sources, then any it no longer lists.
        offered.stream().filter(sources.getValue()::contains).forEach(cited::add);
        sources.getValue().stream().filter(key -> !cited.contains(key)).forEach(cited::add);
        return new Evidence(cited, unverified.getValue());
    }

    @Override
    protected void setPresentationValue(Evidence value) {
        Evidence evidence = value == null ? Evidence.ADVICE : value;
        presenting = true;
        try {
            unverified.setValue(evidence.unverified());
        } finally {
            presenting = false;
        }
        offer(new LinkedHashSet<>(evidence.sources()));
    }

    /** A short account for a collapsed heading: the cited keys and the unverified mark. */
    String summary() {
        Evidence evidence = getValue();
        List<String> parts = new ArrayList<>();
        evidence.sources().forEach(key -> parts.add(key.value()));
        if (evidence.unverified()) {
            parts.add(Texts.get(ui, "editor.evidence.unverified.short"));
        }
        return parts.isEmpty() ? Texts.get(ui, "editor.evidence.advice") : String.join(", ", parts);
    }
}
