package dev.waymark.guide.editor.ui;

import dev.waymark.base.ui.Texts;
import dev.waymark.guide.Fingerprint;
import dev.waymark.guide.Language;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.SourceKey;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the fields of one guide's form share: the interface language, the guide's source language (which
 * side of each translation pair it fills), the operators of the guide's country, the keys of the guide's
 * sources (which statements may cite), and whom to tell that the editor changed something. Holds no service.
 */
final class EditorContext {

    private final Language ui;
    private final Map<OperatorCode, String> operators;
    // Weakly held: a removed part's fields are dropped with it.
    private final Set<LocalizedTextField> texts = Collections.newSetFromMap(new WeakHashMap<>());
    private final Set<EvidenceField> evidence = Collections.newSetFromMap(new WeakHashMap<>());
    private Language source;
    private List<SourceKey> sourceKeys = List.of();
    private Runnable changed = () -> { };
    private Function<Fingerprint, Optional<String>> earlierSources = basis -> Optional.empty();
    private @Nullable PictureUploads uploads;
    private int quiet;

    /**
     * @param operators the operators of the guide's country, by code, with the names to show, in display order
     */
    EditorContext(Language ui, Language source, Map<OperatorCode, String> operators) {
        this.ui = ui;
        this.source = source;
        this.operators = new LinkedHashMap<>(operators);
    }

    Language ui() {
        return ui;
    }

    String t(String key, Object... arguments) {
        return Texts.get(ui, key, arguments);
    }

    Language source() {
        return source;
    }

    /** Puts the new source language on the left of every translation pair. */
    void setSource(Language language) {
        source = language;
        texts.forEach(field -> field.setSourceLanguage(language));
    }

    /** The operators offered for this guide: the country's, and any the content names that are not known. */
    Map<OperatorCode, String> operators() {
        return operators;
    }

    void knowOperator(OperatorCode code) {
        operators.putIfAbsent(code, code.value());
    }

    String operatorName(OperatorCode code) {
        return operators.getOrDefault(code, code.value());
    }

    List<SourceKey> sourceKeys() {
        return sourceKeys;
    }

    /** Offers these keys to every evidence field; what a field cites stays cited. */
    void setSourceKeys(List<SourceKey> keys) {
        sourceKeys = List.copyOf(keys);
        evidence.forEach(field -> field.setSourceKeys(sourceKeys));
    }

    /**
     * Where every translation pair finds the source text a stale translation was made from; each text is looked up
     * once.
     */
    void setEarlierSources(Function<Fingerprint, Optional<String>> lookup) {
        Map<Fingerprint, Optional<String>> found = new HashMap<>();
        earlierSources = basis -> found.computeIfAbsent(basis, lookup);
        texts.forEach(field -> field.setEarlierSources(earlierSources));
    }

    /** A translation pair that follows the source language. */
    LocalizedTextField text(String labelKey, boolean multiline, int maxLength) {
        LocalizedTextField field = new LocalizedTextField(ui, source, t(labelKey), multiline, maxLength);
        field.setEarlierSources(earlierSources);
        texts.add(field);
        field.addValueChangeListener(event -> changed());
        return field;
    }

    /** An evidence field offering the guide's sources. */
    EvidenceField evidence() {
        EvidenceField field = new EvidenceField(ui, sourceKeys);
        evidence.add(field);
        field.addValueChangeListener(event -> changed());
        return field;
    }

    /** Where a part applies: any of the three card types, the country's operators, either platform. */
    ApplicabilityField applicability() {
        ApplicabilityField field = new ApplicabilityField(ui, operators);
        field.addValueChangeListener(event -> changed());
        return field;
    }

    /** Where pictures go; null when this form cannot take pictures (then only those it holds are shown). */
    @Nullable PictureUploads uploads() {
        return uploads;
    }

    void setUploads(@Nullable PictureUploads newUploads) {
        uploads = newUploads;
    }

    /** A part's pictures, taking uploads and pastes when {@link #uploads()} is set. */
    PicturesField pictures() {
        PicturesField field = new PicturesField(this);
        field.addValueChangeListener(event -> changed());
        return field;
    }

    void onChange(Runnable listener) {
        changed = listener;
    }

    /** The editor changed something; ignored while the form is being filled. */
    void changed() {
        if (quiet == 0) {
            changed.run();
        }
    }

    /** Runs {@code fill} without reporting its changes as the editor's. */
    void quietly(Runnable fill) {
        quiet++;
        try {
            fill.run();
        } finally {
            quiet--;
        }
    }
}
