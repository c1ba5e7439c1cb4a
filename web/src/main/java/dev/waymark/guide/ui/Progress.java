package dev.waymark.guide.ui;

import com.vaadin.flow.component.UI;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a reader has ticked in one guide, kept in the browser's {@code localStorage} so that it
 * survives reloads without an account and never reaches the server's database. Ids are made of
 * {@code [a-z0-9-]} only, so the stored value is a plain comma-separated list.
 */
final class Progress {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,80}");
    static final int MAX_IDS = 500;

    /** The localStorage key; null when nothing is stored (an editor's preview). */
    private final @Nullable String key;
    private final Set<String> ticked = new LinkedHashSet<>();

    Progress(String guideSlug) {
        this.key = "waymark:progress:" + guideSlug;
    }

    private Progress() {
        this.key = null;
    }

    /** Ticks kept only while the page is shown, never stored: a preview must not tick the real guide. */
    static Progress inMemory() {
        return new Progress();
    }

    boolean isTicked(String id) {
        return ticked.contains(id);
    }

    /** Reads the stored ticks, then calls {@code loaded} (on the UI thread) with them. */
    void load(UI ui, Consumer<Set<String>> loaded) {
        if (key == null) {
            loaded.accept(Set.copyOf(ticked));
            return;
        }
        ui.getPage().executeJs("try { return window.localStorage.getItem($0) || ''; } catch (e) { return ''; }", key)
                .then(String.class, value -> {
                    ticked.clear();
                    ticked.addAll(parse(value));
                    loaded.accept(Set.copyOf(ticked));
                });
    }

    void set(UI ui, String id, boolean value) {
        if (!ID.matcher(id).matches()) {
            return;
        }
        if (value) {
            ticked.add(id);
        } else {
            ticked.remove(id);
        }
        if (key == null) {
            return;
        }
        ui.getPage().executeJs("try { window.localStorage.setItem($0, $1); } catch (e) { }", key, String.join(",", ticked));
    }

    /** Only well-formed ids, at most MAX_IDS of them: the stored value is the reader's to tamper with. */
    static Set<String> parse(String value) {
        Set<String> ids = new LinkedHashSet<>();
        if (value == null || value.isBlank()) {
            return ids;
        }
        Arrays.stream(value.split(",")).map(String::strip).filter(id -> ID.matcher(id).matches()).limit(MAX_IDS)
                .forEach(ids::add);
        return ids;
    }

    /** A stable id for a piece of a guide: its kind, and a hash of its source-language text. */
    static String id(String prefix, String sourceText) {
        return prefix + "-" + Integer.toHexString(sourceText.hashCode());
    }
}
