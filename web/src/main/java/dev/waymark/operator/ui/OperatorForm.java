package dev.waymark.operator.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.ContactKind;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.Evidence;
import dev.waymark.guide.Language;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.Source;
import dev.waymark.guide.SourceKey;
import dev.waymark.operator.FormerName;
import dev.waymark.operator.Operator;
import dev.waymark.operator.OperatorContact;
import dev.waymark.operator.OperatorStatus;
import dev.waymark.operator.Reach;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Collator;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One operator's fields: code and country (fixed once the operator exists), name, brand owner, website, status,
 * review date, note, former names with their rename dates, contact points and sources. Holds no service: "Save"
 * builds the operator the model accepts and fires a {@link SaveEvent}, or shows the model's own message. "Rename"
 * moves the current name to the former names with the day it changed.
 */
public class OperatorForm extends Div {

    /** The editor asked to save this operator. */
    public static class SaveEvent extends ComponentEvent<OperatorForm> {
        private final Operator operator;

        SaveEvent(OperatorForm source, Operator operator) {
            super(source, false);
            this.operator = operator;
        }

        public Operator operator() {
            return operator;
        }
    }

    private final Language ui;
    final TextField code = new TextField();
    final ComboBox<CountryCode> country = new ComboBox<>();
    final TextField name = new TextField();
    final TextField brandOwner = new TextField();
    final TextField website = new TextField();
    final Select<OperatorStatus> status = new Select<>();
    final DatePicker reviewDue = new DatePicker();
    final TextArea noteEn = new TextArea();
    final TextArea noteZh = new TextArea();
    final Div formerNames = new Div();
    final Div contacts = new Div();
    final Div sources = new Div();
    final Span problems = new Span();
    final TextField message = new TextField();
    final Button save = new Button();
    final Button rename = new Button();
    private final List<FormerNameRow> formerRows = new ArrayList<>();
    private final List<ContactRow> contactRows = new ArrayList<>();
    private final List<SourceRow> sourceRows = new ArrayList<>();
    private boolean existing;
    private boolean codeTyped;

    public OperatorForm(Language ui) {
        this.ui = ui;
        setId("operator-form");
        addClassName("wm-operator-form");
        code.setId("operator-code");
        code.setLabel(t("operators.code"));
        code.setHelperText(t("operators.code.help"));
        code.setMaxLength(40);
        code.addValueChangeListener(event -> codeTyped |= event.isFromClient() && !event.getValue().isBlank());
        country.setId("operator-country");
        country.setLabel(t("operators.country"));
        country.setItems(countries(ui));
        country.setItemLabelGenerator(value -> value.displayName(ui) + " (" + value.value() + ")");
        country.addValueChangeListener(event -> suggestCode());
        name.setId("operator-name");
        name.setLabel(t("operators.name"));
        name.setMaxLength(Operator.NAME_MAX_LENGTH);
        name.addValueChangeListener(event -> suggestCode());
        brandOwner.setId("operator-brand-owner");
        brandOwner.setLabel(t("operators.brandOwner"));
        brandOwner.setHelperText(t("operators.brandOwner.help"));
        brandOwner.setMaxLength(Operator.BRAND_OWNER_MAX_LENGTH);
        website.setId("operator-website");
        website.setLabel(t("operators.website"));
        website.setPlaceholder("https://");
        website.setMaxLength(Operator.WEBSITE_MAX_LENGTH);
        status.setId("operator-status");
        status.setLabel(t("operators.status"));
        status.setItems(OperatorStatus.values());
        status.setItemLabelGenerator(value -> value == null ? "" : t("operators.status." + value.name()));
        status.setValue(OperatorStatus.ACTIVE);
        reviewDue.setId("operator-review-due");
        reviewDue.setLabel(t("operators.reviewDue"));
        noteEn.setId("operator-note-en");
        noteEn.setLabel(t("operators.note") + " (English)");
        noteEn.setMaxLength(Operator.NOTE_MAX_LENGTH);
        noteZh.setId("operator-note-zh");
        noteZh.setLabel(t("operators.note") + " (中文)");
        noteZh.setMaxLength(Operator.NOTE_MAX_LENGTH);
        FormLayout fields = new FormLayout(code, country, name, brandOwner, website, status, reviewDue);
        FormLayout notes = new FormLayout(noteEn, noteZh);

        rename.setId("rename-operator");
        rename.setText(t("operators.rename"));
        rename.addClickListener(event -> openRename());
        formerNames.setId("former-names");
        contacts.setId("operator-contacts");
        sources.setId("operator-sources");
        Button addFormer = addButton("add-former-name", "operators.former.add", () -> addFormer(null));
        Button addContact = addButton("add-contact", "operators.contact.add", () -> addContact(null));
        Button addSource = addButton("add-source", "operators.source.add", () -> addSource(null));

        problems.setId("operator-problems");
        problems.addClassName("wm-problems");
        problems.setVisible(false);
        message.setId("operator-message");
        message.setLabel(t("operators.message"));
        message.setMaxLength(500);
        message.setWidthFull();
        save.setId("save-operator");
        save.setText(t("operators.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(event -> read().ifPresent(operator -> fireEvent(new SaveEvent(this, operator))));
        HorizontalLayout actions = new HorizontalLayout(message, save);
        actions.setWidthFull();
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);

        add(fields, notes, new H3(t("operators.former")), rename, formerNames, addFormer,
                new H3(t("operators.sources")), sources, addSource,
                new H3(t("operators.contacts")), contacts, addContact, problems, actions);
    }

    /** Fills the fields; code and country stay fixed for an operator that exists, since guides name it by code. */
    public void setOperator(@Nullable Operator operator) {
        existing = operator != null;
        code.setReadOnly(existing);
        country.setReadOnly(existing);
        formerNames.removeAll();
        formerRows.clear();
        contacts.removeAll();
        contactRows.clear();
        sources.removeAll();
        sourceRows.clear();
        problems.setVisible(false);
        if (operator == null) {
            return;
        }
        code.setValue(operator.code().value());
        country.setValue(operator.country());
        name.setValue(operator.name());
        brandOwner.setValue(operator.brandOwner() == null ? "" : operator.brandOwner());
        website.setValue(operator.website() == null ? "" : operator.website());
        status.setValue(operator.status());
        reviewDue.setValue(operator.reviewDue());
        noteEn.setValue(operator.note().in(Language.EN).orElse(""));
        noteZh.setValue(operator.note().in(Language.ZH_CN).orElse(""));
        operator.sources().forEach(this::addSource);
        operator.formerNames().forEach(this::addFormer);
        operator.support().forEach(this::addContact);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** What the editor wrote as the revision's message. */
    public String message() {
        return message.getValue();
    }

    /** Shows why the operator could not be saved (the model's or the service's message). */
    public void showProblem(String text) {
        problems.setText(text);
        problems.setVisible(true);
    }

    /** The operator the fields describe, or empty with the model's message shown. */
    Optional<Operator> read() {
        try {
            Operator operator = build();
            problems.setVisible(false);
            return Optional.of(operator);
        } catch (IllegalArgumentException e) {
            showProblem(e.getMessage());
            return Optional.empty();
        }
    }

    private Operator build() {
        if (country.getValue() == null) {
            throw new IllegalArgumentException(t("operators.country.required"));
        }
        String note = noteEn.getValue();
        LocalizedText notes = LocalizedText.EMPTY.with(Language.EN, note).with(Language.ZH_CN, noteZh.getValue());
        return new Operator(new OperatorCode(code.getValue().strip()), country.getValue(), name.getValue(),
                brandOwner.getValue(), formerRows.stream().map(FormerNameRow::read).toList(), website.getValue(),
                contactRows.stream().map(ContactRow::read).toList(), notes,
                sourceRows.stream().map(SourceRow::read).toList(), status.getValue(), reviewDue.getValue());
    }

    /** For a new operator: the code from country and name ({@code de} and "Deutsche Telekom" give de-deutsche-telekom). */
    private void suggestCode() {
        if (existing || codeTyped || country.getValue() == null || name.getValue().isBlank()) {
            return;
        }
        String slug = Normalizer.normalize(name.getValue(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        String suggested = country.getValue().value().toLowerCase(Locale.ROOT) + "-" + slug;
        code.setValue(suggested.length() > 40 ? suggested.substring(0, 40).replaceAll("-$", "") : suggested);
    }

    private void openRename() {
        Dialog dialog = new Dialog();
        dialog.setId("rename-dialog");
        dialog.setHeaderTitle(t("operators.rename"));
        TextField newName = new TextField(t("operators.rename.name"));
        newName.setId("rename-name");
        newName.setMaxLength(Operator.NAME_MAX_LENGTH);
        DatePicker on = new DatePicker(t("operators.rename.on"));
        on.setId("rename-on");
        on.setValue(LocalDate.now());
        Span refused = new Span();
        refused.setId("rename-problem");
        refused.addClassName("wm-problems");
        Button apply = new Button(t("operators.rename.apply"));
        apply.setId("rename-apply");
        apply.addThemeVariants(ButtonVariant.PRIMARY);
        apply.addClickListener(event -> {
            try {
                if (on.getValue() == null) {
                    throw new IllegalArgumentException(t("operators.rename.on.required"));
                }
                Operator renamed = build().renamed(newName.getValue(), on.getValue());
                boolean wasExisting = existing;
                setOperator(renamed);
                existing = wasExisting;
                code.setReadOnly(existing);
                country.setReadOnly(existing);
                dialog.close();
            } catch (IllegalArgumentException e) {
                refused.setText(e.getMessage());
            }
        });
        Button cancel = new Button(t("operators.cancel"), click -> dialog.close());
        dialog.add(new FormLayout(newName, on), refused);
        dialog.getFooter().add(cancel, apply);
        dialog.open();
    }

    private Button addButton(String id, String key, Runnable action) {
        Button button = new Button(t(key), VaadinIcon.PLUS.create(), event -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.TERTIARY);
        return button;
    }

    private Button removeButton(String id, Runnable action) {
        Button button = new Button(VaadinIcon.TRASH.create(), event -> action.run());
        button.setId(id);
        button.setAriaLabel(t("operators.remove"));
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        return button;
    }

    private void addFormer(@Nullable FormerName former) {
        FormerNameRow row = new FormerNameRow(formerRows.size(), former);
        formerRows.add(row);
        formerNames.add(row);
    }

    private void addContact(@Nullable OperatorContact contact) {
        ContactRow row = new ContactRow(contactRows.size(), contact);
        contactRows.add(row);
        contacts.add(row);
    }

    private void addSource(@Nullable Source source) {
        SourceRow row = new SourceRow(sourceRows.size(), source);
        sourceRows.add(row);
        sources.add(row);
    }

    /** The keys of the sources as the fields hold them now, for contacts to cite. */
    private List<SourceKey> sourceKeys() {
        Set<SourceKey> keys = new LinkedHashSet<>();
        for (SourceRow row : sourceRows) {
            try {
                keys.add(new SourceKey(row.key.getValue().strip()));
            } catch (IllegalArgumentException e) {
                // Not a key yet: the editor is still typing it; saving says so.
            }
        }
        return List.copyOf(keys);
    }

    private String t(String key, Object... arguments) {
        return Texts.get(ui, key, arguments);
    }

    /** The country list, by name in the interface language. */
    static List<CountryCode> countries(Language language) {
        Collator collator = Collator.getInstance(language.locale());
        return Arrays.stream(Locale.getISOCountries()).map(CountryCode::new)
                .sorted(Comparator.comparing(value -> value.displayName(language), collator)).toList();
    }

    private final class FormerNameRow extends HorizontalLayout {
        private final TextField formerName = new TextField(t("operators.former.name"));
        private final DatePicker renamedOn = new DatePicker(t("operators.former.renamedOn"));
        private final TextField note = new TextField(t("operators.former.note"));
        private final LocalizedText otherNotes;
        private final Evidence evidence;

        FormerNameRow(int index, @Nullable FormerName former) {
            formerName.setId("former-name-" + index);
            formerName.setMaxLength(Operator.NAME_MAX_LENGTH);
            renamedOn.setId("former-renamed-on-" + index);
            note.setId("former-note-" + index);
            otherNotes = former == null ? LocalizedText.EMPTY : former.note();
            evidence = former == null ? Evidence.ADVICE : former.evidence();
            if (former != null) {
                formerName.setValue(former.name());
                renamedOn.setValue(former.renamedOn());
                note.setValue(former.note().in(ui).orElse(""));
            }
            add(formerName, renamedOn, note, removeButton("remove-former-" + index, () -> {
                formerRows.remove(this);
                formerNames.remove(this);
            }));
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setWrap(true);
        }

        FormerName read() {
            return new FormerName(formerName.getValue(), renamedOn.getValue(), otherNotes.with(ui, note.getValue()),
                    evidence);
        }
    }

    private final class ContactRow extends HorizontalLayout {
        private final Select<ContactKind> kind = new Select<>();
        private final TextField value = new TextField(t("operators.contact.value"));
        private final TextField label = new TextField(t("operators.contact.label"));
        private final Select<Reach> reach = new Select<>();
        private final TextField hours = new TextField(t("operators.contact.hours"));
        private final MultiSelectComboBox<SourceKey> cites = new MultiSelectComboBox<>(t("operators.contact.sources"));
        private final Checkbox unverified = new Checkbox(t("operators.contact.unverified"));
        private final LocalizedText otherLabels;
        private final LocalizedText otherHours;

        ContactRow(int index, @Nullable OperatorContact contact) {
            kind.setId("contact-kind-" + index);
            kind.setLabel(t("operators.contact.kind"));
            kind.setItems(ContactKind.values());
            kind.setItemLabelGenerator(value -> value == null ? "" : t("editor.contact.kind." + value.name()));
            kind.setValue(ContactKind.PHONE);
            value.setId("contact-value-" + index);
            value.setMaxLength(OperatorContact.VALUE_MAX_LENGTH);
            label.setId("contact-label-" + index);
            label.setMaxLength(OperatorContact.LABEL_MAX_LENGTH);
            reach.setId("contact-reach-" + index);
            reach.setLabel(t("operators.contact.reach"));
            reach.setItems(Reach.values());
            reach.setItemLabelGenerator(value -> value == null ? "" : t("operators.reach." + value.name()));
            reach.setValue(Reach.UNKNOWN);
            hours.setId("contact-hours-" + index);
            hours.setMaxLength(OperatorContact.HOURS_MAX_LENGTH);
            cites.setId("contact-sources-" + index);
            cites.setItemLabelGenerator(SourceKey::value);
            offer(sourceKeys());
            unverified.setId("contact-unverified-" + index);
            unverified.setValue(true);
            otherLabels = contact == null ? LocalizedText.EMPTY : contact.label();
            otherHours = contact == null ? LocalizedText.EMPTY : contact.hours();
            if (contact != null) {
                kind.setValue(contact.kind());
                value.setValue(contact.value());
                label.setValue(contact.label().in(ui).orElse(""));
                reach.setValue(contact.reach());
                hours.setValue(contact.hours().in(ui).orElse(""));
                offer(sourceKeys());
                cites.setValue(new LinkedHashSet<>(contact.evidence().sources()));
                unverified.setValue(contact.evidence().unverified());
            }
            add(kind, value, label, reach, hours, cites, unverified, removeButton("remove-contact-" + index, () -> {
                contactRows.remove(this);
                contacts.remove(this);
            }));
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setWrap(true);
            addClassName("wm-operator-contact");
        }

        /** Offers these keys; what the contact cites stays offered and cited. */
        void offer(List<SourceKey> keys) {
            Set<SourceKey> chosen = cites.getValue();
            List<SourceKey> offered = new ArrayList<>(keys);
            chosen.stream().filter(key -> !offered.contains(key)).forEach(offered::add);
            cites.setItems(offered);
            cites.setValue(chosen);
        }

        OperatorContact read() {
            return new OperatorContact(kind.getValue(), value.getValue(), otherLabels.with(ui, label.getValue()),
                    reach.getValue(), otherHours.with(ui, hours.getValue()),
                    new Evidence(List.copyOf(cites.getValue()), unverified.getValue()));
        }
    }

    private final class SourceRow extends HorizontalLayout {
        private final TextField key = new TextField(t("operators.source.key"));
        private final TextField url = new TextField(t("operators.source.url"));
        private final TextField title = new TextField(t("operators.source.title"));
        private final Checkbox official = new Checkbox(t("operators.source.official"));
        private final DatePicker readOn = new DatePicker(t("operators.source.readOn"));

        SourceRow(int index, @Nullable Source source) {
            key.setId("source-key-" + index);
            key.setMaxLength(SourceKey.MAX_LENGTH);
            key.addValueChangeListener(event -> contactRows.forEach(row -> row.offer(sourceKeys())));
            url.setId("source-url-" + index);
            url.setPlaceholder("https://");
            title.setId("source-title-" + index);
            title.setMaxLength(Source.TITLE_MAX_LENGTH);
            official.setId("source-official-" + index);
            readOn.setId("source-read-on-" + index);
            if (source != null) {
                key.setValue(source.key().value());
                url.setValue(source.url().toString());
                title.setValue(source.title());
                official.setValue(source.official());
                readOn.setValue(source.readOn());
            } else {
                readOn.setValue(LocalDate.now());
            }
            add(key, url, title, official, readOn, removeButton("remove-source-" + index, () -> {
                sourceRows.remove(this);
                sources.remove(this);
            }));
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setWrap(true);
        }

        Source read() {
            return new Source(new SourceKey(key.getValue().strip()), uri(url.getValue()), title.getValue(),
                    official.getValue(), readOn.getValue());
        }
    }

    private static URI uri(String text) {
        try {
            return new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("source URL is not an address: '" + text.strip() + "'");
        }
    }
}
