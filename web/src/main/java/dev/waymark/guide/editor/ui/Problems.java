package dev.waymark.guide.editor.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with a guide's form: each problem with where it is ("Ways › Store visit › Step 3"), the
 * domain's own message, the tab it is on and the field to go to. Scoped views share one list.
 */
final class Problems {

    record Problem(String where, String message, int tab, Component target) {
    }

    private final List<Problem> all;
    private final String where;
    private final int tab;

    Problems() {
        this(new ArrayList<>(), "", -1);
    }

    private Problems(List<Problem> all, String where, int tab) {
        this.all = all;
        this.where = where;
        this.tab = tab;
    }

    /** The problems on one tab of the form. */
    Problems onTab(int index, String name) {
        return new Problems(all, name, index);
    }

    /** The problems within a part of the current place. */
    Problems within(String part) {
        return new Problems(all, where.isEmpty() ? part : where + " › " + part, tab);
    }

    void add(String message, Component target) {
        all.add(new Problem(where, message, tab, target));
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    int size() {
        return all.size();
    }

    List<Problem> all() {
        return List.copyOf(all);
    }

    long onTab(int index) {
        return all.stream().filter(problem -> problem.tab() == index).count();
    }
}
