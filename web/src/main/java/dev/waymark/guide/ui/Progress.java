package dev.waymark.guide.ui;

import com.vaadin.flow.component.UI;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What an editor has ticked in the preview, kept only while it is open: a preview must not tick the real guide
 * (readers' ticks are kept by the reader script in their own browser).
 */
final class Progress {

    private final Set<String> ticked = new LinkedHashSet<>();

    private Progress() {
    }

    static Progress inMemory() {
        return new Progress();
    }

    boolean isTicked(String id) {
        return ticked.contains(id);
    }

    /** Calls {@code loaded} with what is ticked. */
    void load(UI ui, Consumer<Set<String>> loaded) {
        loaded.accept(Set.copyOf(ticked));
    }

    void set(UI ui, String id, boolean value) {
        if (value) {
            ticked.add(id);
        } else {
            ticked.remove(id);
        }
    }

    /** A stable id for a piece of a guide: its kind, and a hash of its source-language text. */
    static String id(String prefix, String sourceText) {
        return prefix + "-" + Integer.toHexString(sourceText.hashCode());
    }
}
