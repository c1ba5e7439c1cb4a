package dev.waymark.guide.editor.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.Applicability;
import dev.waymark.guide.CardType;
import dev.waymark.guide.Language;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.Platform;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a part applies: card types, operators and phone platforms; nothing ticked in a group means "all".
 * Every card type and every operator of the country is offered: one the guide does not cover is refused by
 * the domain, and its message shown here.
 */
public class ApplicabilityField extends CustomField<Applicability> {

    private final Language ui;
    private final CheckboxGroup<CardType> cardTypes = new CheckboxGroup<>();
    private final CheckboxGroup<OperatorCode> operators = new CheckboxGroup<>();
    private final CheckboxGroup<Platform> platforms = new CheckboxGroup<>();
    private final Map<OperatorCode, String> operatorNames;
    private boolean presenting;

    /** @param operatorNames the operators to offer, with their names, in display order */
    public ApplicabilityField(Language ui, Map<OperatorCode, String> operatorNames) {
        super(Applicability.ALL);
        this.ui = ui;
        this.operatorNames = new LinkedHashMap<>(operatorNames);
        addClassName("wm-applicability");
        cardTypes.setLabel(Texts.get(ui, "editor.applies.cardTypes"));
        cardTypes.setItems(CardType.values());
        cardTypes.setItemLabelGenerator(type -> type.label(ui));
        operators.setLabel(Texts.get(ui, "editor.applies.operators"));
        operators.setItems(new ArrayList<>(this.operatorNames.keySet()));
        operators.setItemLabelGenerator(code -> this.operatorNames.getOrDefault(code, code.value()));
        operators.setVisible(!this.operatorNames.isEmpty());
        platforms.setLabel(Texts.get(ui, "editor.applies.platforms"));
        platforms.setItems(Platform.values());
        platforms.setItemLabelGenerator(Platform::label);
        for (CheckboxGroup<?> group : List.of(cardTypes, operators, platforms)) {
            group.setHelperText(Texts.get(ui, "editor.applies.all"));
            group.addValueChangeListener(event -> {
                if (!presenting) {
                    updateValue();
                }
            });
        }
        add(new Div(cardTypes, operators, platforms));
    }

    @Override
    public void setId(String id) {
        super.setId(id);
        cardTypes.setId(id + "-card-types");
        operators.setId(id + "-operators");
        platforms.setId(id + "-platforms");
    }

    @Override
    protected Applicability generateModelValue() {
        return new Applicability(cardTypes.getValue(), operators.getValue(), platforms.getValue());
    }

    @Override
    protected void setPresentationValue(Applicability value) {
        Applicability applicability = value == null ? Applicability.ALL : value;
        presenting = true;
        try {
            // An operator the country's list lacks is still shown, so that it can be unticked.
            boolean unknown = applicability.operators().stream().anyMatch(code -> !operatorNames.containsKey(code));
            if (unknown) {
                applicability.operators().forEach(code -> operatorNames.putIfAbsent(code, code.value()));
                operators.setItems(new ArrayList<>(operatorNames.keySet()));
                operators.setVisible(true);
            }
            cardTypes.setValue(applicability.cardTypes());
            operators.setValue(applicability.operators());
            platforms.setValue(applicability.platforms());
        } finally {
            presenting = false;
        }
    }

    /** A short account for a collapsed heading, e.g. "eSIM · mts" or "everyone". */
    String summary() {
        Applicability applicability = getValue();
        if (applicability.isAll()) {
            return Texts.get(ui, "editor.applies.everyone");
        }
        List<String> parts = new ArrayList<>();
        applicability.cardTypes().stream().sorted().forEach(type -> parts.add(type.label(ui)));
        operatorNames.keySet().stream().filter(applicability.operators()::contains)
                .forEach(code -> parts.add(operatorNames.get(code)));
        applicability.platforms().stream().sorted().forEach(platform -> parts.add(platform.label()));
        return String.join(" · ", parts);
    }
}
