package dev.waymark.guide.editor.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import dev.waymark.base.ui.DomainMessages;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.CardType;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.GuideContent;
import dev.waymark.base.ui.ReaderLanguage;
import dev.waymark.guide.Language;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.Slug;
import dev.waymark.guide.Topic;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The few things a new guide needs: its slug, country, source language, title and card types. Holds no
 * service: it fires a {@link CreateEvent} with what the domain accepted, and shows a refusal beside its field.
 */
public class NewGuideForm extends FormLayout {

    private final Language ui;

    /** The editor asked to create this guide. */
    public static class CreateEvent extends ComponentEvent<NewGuideForm> {
        private final Slug slug;
        private final GuideContent content;

        CreateEvent(NewGuideForm source, Slug slug, GuideContent content) {
            super(source, false);
            this.slug = slug;
            this.content = content;
        }

        public Slug slug() {
            return slug;
        }

        public GuideContent content() {
            return content;
        }
    }

    /** The editor gave up. */
    public static class CancelEvent extends ComponentEvent<NewGuideForm> {
        CancelEvent(NewGuideForm source) {
            super(source, false);
        }
    }

    final TextField slug = new TextField();
    final ComboBox<CountryCode> country = new ComboBox<>();
    final Select<Language> language = new Select<>();
    final TextField title = new TextField();
    final CheckboxGroup<CardType> cardTypes = new CheckboxGroup<>();
    final Button create = new Button();
    final Button cancel = new Button();

    public NewGuideForm(Language ui) {
        this.ui = ui;
        setId("new-guide-form");
        slug.setId("new-slug");
        slug.setLabel(Texts.get(ui, "editor.slug"));
        slug.setHelperText(Texts.get(ui, "editor.slug.help"));
        slug.setMaxLength(Slug.MAX_LENGTH);
        country.setId("new-country");
        country.setLabel(Texts.get(ui, "editor.country"));
        country.setItems(countries(ui));
        country.setItemLabelGenerator(code -> code.displayName(ui) + " (" + code.value() + ")");
        language.setId("new-language");
        language.setLabel(Texts.get(ui, "editor.sourceLanguage"));
        language.setItems(ReaderLanguage.offered().all());
        language.setItemLabelGenerator(ReaderLanguage.offered()::name);
        language.setValue(ui);
        title.setId("new-title");
        title.setLabel(Texts.get(ui, "editor.title.source"));
        title.setMaxLength(GuideContent.TITLE_MAX_LENGTH);
        cardTypes.setId("new-card-types");
        cardTypes.setLabel(Texts.get(ui, "editor.cardTypes"));
        cardTypes.setItems(CardType.values());
        cardTypes.setItemLabelGenerator(type -> type.label(ui));
        cardTypes.setValue(Set.of(CardType.values()));
        create.setId("create-guide");
        create.setText(Texts.get(ui, "editor.create"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(event -> submit());
        cancel.setId("cancel-new-guide");
        cancel.setText(Texts.get(ui, "editor.cancel"));
        cancel.addClickListener(event -> fireEvent(new CancelEvent(this)));
        add(slug, country, language, title, cardTypes, new HorizontalLayout(create, cancel));
    }

    /** Every country, by its name in the interface language. */
    static List<CountryCode> countries(Language ui) {
        Collator collator = Collator.getInstance(ui.locale());
        return Arrays.stream(Locale.getISOCountries()).map(CountryCode::new)
                .sorted(Comparator.comparing((CountryCode code) -> code.displayName(ui), collator)).toList();
    }

    private void submit() {
        clearErrors();
        Slug slugValue;
        try {
            slugValue = new Slug(slug.getValue().strip());
        } catch (IllegalArgumentException refused) {
            showError(slug, refused.getMessage());
            return;
        }
        Language source = language.getValue() == null ? Language.ZH_CN : language.getValue();
        GuideContent content;
        try {
            content = new GuideContent(source, country.getValue(), Topic.CANCEL_MOBILE_SERVICE,
                    LocalizedText.of(source, title.getValue()), LocalizedText.EMPTY, cardTypes.getValue(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, "");
        } catch (IllegalArgumentException refused) {
            String message = refused.getMessage();
            showError(message.contains("country") ? country : message.contains("card type") ? cardTypes : title,
                    message);
            return;
        }
        fireEvent(new CreateEvent(this, slugValue, content));
    }

    /** Shows a refusal of the slug, such as "taken by another guide", beside it. */
    public void showSlugError(String message) {
        showError(slug, message);
    }

    private void showError(HasValidation field, String message) {
        field.setErrorMessage(DomainMessages.translate(ui, message));
        field.setInvalid(true);
    }

    private void clearErrors() {
        for (HasValidation field : List.<HasValidation>of(slug, country, title, cardTypes)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    public Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
        return addListener(CreateEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }
}
