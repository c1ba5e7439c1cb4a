package dev.waymark.importer.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.waymark.base.ui.AdminLayout;
import dev.waymark.base.ui.ReaderLanguage;
import dev.waymark.base.ui.Texts;
import dev.waymark.guide.CardType;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.Language;
import dev.waymark.guide.Way;
import dev.waymark.guide.WayKind;
import dev.waymark.importer.Detection;
import dev.waymark.importer.DroppedLine;
import dev.waymark.importer.ImportHint;
import dev.waymark.importer.ImportNote;
import dev.waymark.importer.ImportOptions;
import dev.waymark.importer.ImportPart;
import dev.waymark.importer.ImportRefusedException;
import dev.waymark.importer.ImportedGuide;
import dev.waymark.importer.MarkdownImport;
import dev.waymark.importer.MetadataLine;
import dev.waymark.importer.MarkdownImporter;
import dev.waymark.importer.TransferService;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Editors bring guides in and out. A Markdown article (pasted or uploaded) becomes a draft guide: the form is
 * filled in from the article (country, card types, language) for the editor to check, and the report says what
 * landed where, which promotion lines were left out and which operators the article mentions, with a link to
 * the draft in the guide editor. Every guide can be downloaded as one JSON file, and such a file imported.
 */
@Route(value = "editor/import", layout = AdminLayout.class)
@RolesAllowed({"EDITOR", "ADMIN"})
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private final TransferService transfers;
    private final Language language = ReaderLanguage.current();
    private final TextArea markdown = new TextArea();
    private final Upload markdownUpload = new Upload();
    private final ComboBox<CountryCode> country = new ComboBox<>();
    private final CheckboxGroup<CardType> cardTypes = new CheckboxGroup<>();
    private final Select<Language> sourceLanguage = new Select<>();
    private final Span detected = new Span();
    private final Button importButton = new Button();
    private final Div report = new Div();
    private final Div jsonReport = new Div();

    public ImportView(TransferService transfers) {
        this.transfers = transfers;
        setMaxWidth("60rem");

        markdown.setId("markdown");
        markdown.setLabel(text("import.markdown"));
        markdown.setHelperText(text("import.markdown.help"));
        markdown.setWidthFull();
        markdown.setMinHeight("14rem");
        markdown.setMaxHeight("28rem");
        markdown.setMaxLength(MarkdownImporter.MAX_LENGTH);
        markdown.addValueChangeListener(event -> fillInFromArticle(event.getValue()));

        markdownUpload.setId("markdown-upload");
        markdownUpload.setMaxFiles(1);
        markdownUpload.setMaxFileSize(MarkdownImporter.MAX_LENGTH * 4);
        markdownUpload.setAcceptedMimeTypes("text/markdown", "text/plain");
        markdownUpload.setAcceptedFileExtensions(".md", ".markdown", ".txt");
        markdownUpload.setUploadButton(new Button(text("import.upload")));
        markdownUpload.setDropLabel(new Span(text("import.upload.drop")));
        markdownUpload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            markdown.setValue(new String(bytes, StandardCharsets.UTF_8));
            markdownUpload.clearFileList();
        }));

        country.setId("country");
        country.setLabel(text("import.country"));
        country.setItems(Arrays.stream(Locale.getISOCountries()).map(CountryCode::new)
                .sorted(Comparator.comparing(this::countryLabel)).toList());
        country.setItemLabelGenerator(this::countryLabel);
        country.setRequiredIndicatorVisible(true);

        cardTypes.setId("card-types");
        cardTypes.setLabel(text("import.cardTypes"));
        cardTypes.setItems(CardType.values());
        cardTypes.setItemLabelGenerator(type -> type.label(language));
        cardTypes.setRequiredIndicatorVisible(true);

        sourceLanguage.setId("source-language");
        sourceLanguage.setLabel(text("import.language"));
        sourceLanguage.setItems(ReaderLanguage.offered().all());
        sourceLanguage.setItemLabelGenerator(ReaderLanguage.offered()::name);
        sourceLanguage.setValue(Language.ZH_CN);

        detected.setId("detected");
        detected.setText(text("import.detected"));
        detected.setVisible(false);

        importButton.setId("import-markdown");
        importButton.setText(text("import.run"));
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        importButton.addClickListener(event -> importArticle());

        report.setId("import-report");
        HorizontalLayout options = new HorizontalLayout(country, cardTypes, sourceLanguage);
        options.setWrap(true);
        options.setAlignItems(FlexComponent.Alignment.BASELINE);

        Anchor exportAll = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] json = transfers.exportAll().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(json), "waymark-guides.json", "application/json",
                    json.length);
        }), text("import.exportAll"));
        exportAll.setId("export-all");

        Upload jsonUpload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                importJson(new String(bytes, StandardCharsets.UTF_8))));
        jsonUpload.setId("json-upload");
        jsonUpload.setMaxFiles(1);
        jsonUpload.setMaxFileSize(TransferService.JSON_MAX_LENGTH);
        jsonUpload.setAcceptedMimeTypes("application/json");
        jsonUpload.setAcceptedFileExtensions(".json");
        jsonUpload.setUploadButton(new Button(text("import.json.upload")));
        jsonUpload.setDropLabel(new Span(text("import.upload.drop")));
        jsonReport.setId("json-report");

        add(new H2(text("import.title")),
                new H3(text("import.markdown.title")), markdown, markdownUpload, options, detected, importButton, report,
                new H3(text("import.json.title")), new Paragraph(text("import.json.help")), exportAll, jsonUpload,
                jsonReport);
    }

    /** Pre-fills country, card types and language from the article; the editor can change each. */
    private void fillInFromArticle(String article) {
        if (article.isBlank()) {
            detected.setVisible(false);
            return;
        }
        Detection detection = transfers.detect(article);
        detection.detectedCountry().ifPresent(country::setValue);
        cardTypes.setValue(detection.cardTypes());
        sourceLanguage.setValue(detection.language());
        detected.setVisible(true);
    }

    private void importArticle() {
        report.removeAll();
        boolean missing = required(country, country.isEmpty()) | required(cardTypes, cardTypes.isEmpty())
                | required(sourceLanguage, sourceLanguage.isEmpty()) | required(markdown, markdown.getValue().isBlank());
        if (missing) {
            return;
        }
        MarkdownImport imported;
        try {
            imported = transfers.importMarkdown(markdown.getValue(),
                    new ImportOptions(country.getValue(), cardTypes.getValue(), sourceLanguage.getValue()), null);
        } catch (IllegalArgumentException e) {
            markdown.setInvalid(true);
            markdown.setErrorMessage(text("import.failed", e.getMessage()));
            return;
        }
        showReport(imported);
    }

    /** Marks the field when it is empty; true when it is. */
    private boolean required(HasValidation field, boolean empty) {
        field.setInvalid(empty);
        field.setErrorMessage(empty ? text("import.required") : null);
        return empty;
    }

    private void showReport(MarkdownImport imported) {
        GuideContent content = imported.report().content();
        Language source = content.sourceLanguage();
        H4 done = new H4(text("import.done", content.text(content.title(), source), imported.slug().value()));
        done.setId("import-done");

        UnorderedList counts = new UnorderedList();
        counts.setId("import-counts");
        for (ImportPart part : ImportPart.values()) {
            counts.add(new ListItem(text("import.part." + part.name(), imported.report().count(part))));
        }
        UnorderedList ways = new UnorderedList();
        ways.setId("import-ways");
        for (Way way : content.ways()) {
            ways.add(new ListItem(text("import.way", way.heading(language, source), way.steps().size())));
        }

        UnorderedList dropped = new UnorderedList();
        dropped.setId("dropped-lines");
        for (DroppedLine line : imported.report().dropped()) {
            dropped.add(new ListItem(text(line.wholeLine() ? "import.dropped.whole" : "import.dropped.part",
                    String.valueOf(line.line()), line.text())));
        }
        if (imported.report().dropped().isEmpty()) {
            dropped.add(new ListItem(text("import.dropped.none")));
        }

        UnorderedList hints = new UnorderedList();
        hints.setId("import-hints");
        for (ImportHint hint : imported.report().hints()) {
            String detail = hint.kind() == ImportHint.Kind.WAY_GUESSED
                    ? WayKind.fromKey(hint.detail()).map(way -> way.label(language)).orElse(hint.detail())
                    : hint.detail();
            hints.add(new ListItem(text("import.hint." + hint.kind().name(), hint.text(), detail)));
        }

        UnorderedList unsortedNotes = new UnorderedList();
        unsortedNotes.setId("import-unsorted");
        for (ImportNote note : imported.report().unsortedNotes()) {
            unsortedNotes.add(new ListItem(text("import.unsorted.note", String.valueOf(note.line()),
                    text("import.unsorted.reason." + note.detail()), note.text())));
        }

        UnorderedList metadata = new UnorderedList();
        metadata.setId("import-metadata");
        for (MetadataLine line : imported.report().metadata()) {
            if (line.use() != MetadataLine.Use.FENCE) {
                metadata.add(new ListItem(text("import.metadata." + line.use().name(), String.valueOf(line.line()),
                        line.key(), line.value())));
            }
        }

        Anchor open = new Anchor(imported.editorRoute(), text("import.open"));
        open.setId("open-draft");
        open.getElement().setAttribute("router-link", true);

        report.add(done, new Paragraph(text("import.unverified")));
        if (imported.report().count(ImportPart.UNSORTED) > 0) {
            report.add(new Paragraph(text("import.unsorted")));
        }
        if (!imported.report().unsortedNotes().isEmpty()) {
            report.add(unsortedNotes);
        }
        report.add(new H4(text("import.counts")), counts, ways, new H4(text("import.dropped")), dropped);
        if (metadata.getComponentCount() > 0) {
            report.add(new H4(text("import.metadata")), metadata);
        }
        if (!imported.report().hints().isEmpty()) {
            report.add(new H4(text("import.hints")), hints);
        }
        report.add(open);
    }

    private void importJson(String json) {
        jsonReport.removeAll();
        UnorderedList lines = new UnorderedList();
        try {
            List<ImportedGuide> imported = transfers.importJson(json);
            lines.setId("json-imported");
            imported.forEach(guide -> lines.add(new ListItem(guide.created()
                    ? text("import.json.created", guide.slug().value())
                    : text("import.json.updated", guide.slug().value(), guide.revision()))));
            jsonReport.add(new Paragraph(text("import.json.done", imported.size())), lines);
        } catch (ImportRefusedException e) {
            lines.setId("json-problems");
            e.problems().forEach(problem -> lines.add(new ListItem(problem)));
            jsonReport.add(new Paragraph(text("import.json.refused")), lines);
        } catch (IllegalArgumentException e) {
            lines.setId("json-problems");
            lines.add(new ListItem(String.valueOf(e.getMessage())));
            jsonReport.add(new Paragraph(text("import.json.refused")), lines);
        }
    }

    private String countryLabel(CountryCode code) {
        return code.displayName(language) + " (" + code.value() + ")";
    }

    private String text(String key, Object... arguments) {
        return Texts.get(language, key, arguments);
    }

    @Override
    public String getPageTitle() {
        return text("import.pageTitle");
    }
}
