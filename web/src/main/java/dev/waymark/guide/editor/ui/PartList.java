package dev.waymark.guide.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * An ordered list of parts (steps, ways, sources...): add, remove, and move up or down with buttons that work
 * from the keyboard and keep the focus on the part that moved, or by dragging a part's heading onto another
 * part. Each part is numbered, and its fields' ids follow its position ({@code way-1-step-2-text-en}). A list
 * can fold its parts ({@link #foldWith}): each then shows only its heading and an outline until opened.
 *
 * @param <T> the domain record of a part
 * @param <E> the editor of one part
 */
final class PartList<T, E extends PartEditor<T>> extends Div {

    /** One part with its heading and buttons. */
    private final class Item extends Div {
        final E editor;
        final Span heading = new Span();
        final Button up = button(VaadinIcon.ARROW_UP);
        final Button down = button(VaadinIcon.ARROW_DOWN);
        final Button remove = button(VaadinIcon.TRASH);
        final Div head;
        final @Nullable Details fold;

        Item(E editor) {
            this.editor = editor;
            addClassName("wm-part");
            heading.addClassName("wm-part-heading");
            up.addClickListener(event -> move(this, -1, up));
            down.addClickListener(event -> move(this, 1, down));
            remove.addClickListener(event -> drop(this));
            remove.addThemeVariants(ButtonVariant.ERROR);
            Span grip = new Span(VaadinIcon.ELLIPSIS_DOTS_V.create());
            grip.addClassName("wm-part-grip");
            head = new Div(grip, heading, up, down, remove);
            head.addClassName("wm-part-head");
            head.setTitle(context.t("editor.drag"));
            if (outline == null) {
                fold = null;
                add(head, editor);
            } else {
                fold = new Details();
                fold.addClassName("wm-part-fold");
                fold.add(editor);
                add(head, fold);
            }
            editor.onCaptionChange(this::label);
            // Drag a part by its heading and drop it on another part to put it there.
            DragSource<Div> drag = DragSource.create(head);
            drag.setEffectAllowed(EffectAllowed.MOVE);
            drag.setDragData(this);
            DropTarget<Item> target = DropTarget.create(this);
            target.setDropEffect(DropEffect.MOVE);
            target.addDropListener(event -> event.getDragData()
                    .filter(data -> data != this && items.contains(data))
                    .ifPresent(data -> moveTo(items.get(items.indexOf(data)), items.indexOf(this))));
        }

        void label() {
            int number = items.indexOf(this) + 1;
            String name = context.t(itemKey, number);
            String caption = editor.caption();
            heading.setText(caption.isEmpty() ? name : name + " · " + caption);
            String id = base + "-" + number;
            editor.identify(id);
            up.setId(id + "-up");
            down.setId(id + "-down");
            remove.setId(id + "-remove");
            up.setAriaLabel(context.t("editor.moveUp", name));
            down.setAriaLabel(context.t("editor.moveDown", name));
            remove.setAriaLabel(context.t("editor.remove", name));
            up.setTooltipText(context.t("editor.moveUp", name));
            down.setTooltipText(context.t("editor.moveDown", name));
            remove.setTooltipText(context.t("editor.remove", name));
            up.setEnabled(number > 1);
            down.setEnabled(number < items.size());
            if (fold != null && outline != null) {
                fold.setId(id + "-fold");
                fold.setSummaryText(outline.apply(editor));
            }
        }
    }

    private final EditorContext context;
    private final String name;
    private final String itemKey;
    private final Supplier<E> factory;
    private final int max;
    private final List<Item> items = new ArrayList<>();
    private final Div list = new Div();
    private final Button add = new Button();
    private final Span empty = new Span();
    private String base;
    private Runnable changed = () -> { };
    private @Nullable Function<E, String> outline;

    /**
     * @param name the word in the parts' ids, e.g. {@code step}
     * @param itemKey the text key of a part's heading, taking its number ("Step {0}")
     * @param addKey the text key of the add button
     * @param max the most parts the domain allows
     */
    PartList(EditorContext context, String name, String itemKey, String addKey, Supplier<E> factory, int max) {
        this.context = context;
        this.name = name;
        this.itemKey = itemKey;
        this.factory = factory;
        this.max = max;
        this.base = name;
        addClassName("wm-parts");
        list.addClassName("wm-part-list");
        empty.addClassName("wm-note");
        empty.setText(context.t("editor.none"));
        add.setText(context.t(addKey));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add.addClickListener(event -> {
            Item item = append(factory.get());
            if (item.fold != null) {
                item.fold.setOpened(true);
            }
            relabel();
            item.editor.focusFirst();
            changed();
        });
        add(list, empty, add);
        identify("");
    }

    /** Ids from the enclosing part's id: {@code way-1} gives {@code way-1-step-2} and {@code way-1-add-step}. */
    void identify(String prefix) {
        base = prefix.isEmpty() ? name : prefix + "-" + name;
        add.setId(prefix.isEmpty() ? "add-" + name : prefix + "-add-" + name);
        list.setId(base + "-list");
        relabel();
    }

    /**
     * Folds every part under its heading: a part read from a guide starts closed, showing {@code outline}'s
     * account of it (a way's steps), and a part just added starts open. Call before any part is added.
     */
    void foldWith(Function<E, String> outline) {
        this.outline = outline;
    }

    /** Opens the part at {@code index} when the list folds its parts. */
    void open(int index) {
        Details fold = items.get(index).fold;
        if (fold != null) {
            fold.setOpened(true);
        }
    }

    /** Refreshes the parts' headings and outlines, e.g. after a way's steps changed. */
    void refresh() {
        relabel();
    }

    /** Also told when parts are added, removed or moved. */
    void onChange(Runnable listener) {
        changed = listener;
    }

    void setValues(List<T> values) {
        items.clear();
        list.removeAll();
        for (T value : values) {
            E editor = factory.get();
            append(editor);
            editor.show(value);
        }
        relabel();
    }

    /** Every part's record in order; the refused ones are left out and recorded in {@code problems}. */
    List<T> read(Problems problems) {
        List<T> values = new ArrayList<>();
        for (Item item : items) {
            item.editor.read(problems.within(item.heading.getText())).ifPresent(values::add);
        }
        return values;
    }

    /** The fields of every part that name the guide's sources, operators or card types. */
    void collect(PartEditor.References references, Problems where) {
        for (Item item : items) {
            item.editor.collect(references, where.within(item.heading.getText()));
        }
    }

    /** The heading of the part at {@code index}, e.g. "Way 2 · Store visit". */
    String heading(int index) {
        return items.get(index).heading.getText();
    }

    List<E> editors() {
        return items.stream().map(item -> item.editor).toList();
    }

    private Item append(E editor) {
        Item item = new Item(editor);
        items.add(item);
        list.add(item);
        return item;
    }

    private void move(Item item, int by, Button pressed) {
        int from = items.indexOf(item);
        int to = from + by;
        if (to < 0 || to >= items.size()) {
            return;
        }
        items.remove(from);
        items.add(to, item);
        list.removeAll();
        items.forEach(list::add);
        relabel();
        // Keep the keyboard where it was: on the same button of the part that moved, or its other arrow at an end.
        (pressed.isEnabled() ? pressed : by < 0 ? item.down : item.up).focus();
        changed();
    }

    /** Puts a dragged part at {@code to}, where the part it was dropped on stood. */
    private void moveTo(Item item, int to) {
        items.remove(item);
        items.add(to, item);
        list.removeAll();
        items.forEach(list::add);
        relabel();
        changed();
    }

    private void drop(Item item) {
        int index = items.indexOf(item);
        items.remove(item);
        list.remove(item);
        relabel();
        if (items.isEmpty()) {
            add.focus();
        } else {
            items.get(Math.min(index, items.size() - 1)).remove.focus();
        }
        changed();
    }

    private void relabel() {
        items.forEach(Item::label);
        empty.setVisible(items.isEmpty());
        add.setEnabled(items.size() < max);
    }

    private void changed() {
        context.changed();
        changed.run();
    }

    private static Button button(VaadinIcon icon) {
        Button button = new Button(icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.SMALL);
        return button;
    }
}
