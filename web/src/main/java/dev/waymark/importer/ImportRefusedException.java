package dev.waymark.importer;

import dev.waymark.base.Check;
import java.util.List;

/**
 * An import that broke a rule: nothing was written. Each problem names the guide (its place in the file and its
 * slug) and the rule, in the domain's own words.
 */
public class ImportRefusedException extends IllegalArgumentException {

    private final List<String> problems;

    public ImportRefusedException(List<String> problems) {
        super("nothing was imported: " + String.join("; ", Check.list(problems, "problems")));
        Check.that(!problems.isEmpty(), "a refusal needs its reasons");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
