package dev.waymark.guide;

import dev.waymark.base.Check;
import java.util.Optional;
import java.util.Set;

/**
 * Who may publish a guide's saved revision: never someone who wrote or imported any of the changes readers have
 * not seen yet, admins included, unless the instance allows self-publishing (for one-person instances; off by
 * default). What the content itself needs before publishing is {@link GuideContent#publishProblems()}.
 *
 * @param selfPublishing true when one person may publish their own changes
 */
public record Publishing(boolean selfPublishing) {

    /** The rule of every instance that has not chosen otherwise: a second person publishes. */
    public static final Publishing SECOND_PERSON = new Publishing(false);

    /** The message every refusal of self-publishing carries. */
    public static final String SELF_PUBLISHING_REFUSED =
            "you wrote or imported changes in this version: another editor must publish it";

    /**
     * Why {@code publisher} may not publish changes written by {@code authors} (the authors of the revisions
     * readers have not seen yet); empty when they may.
     */
    public Optional<String> refusal(String publisher, Set<String> authors) {
        Check.notBlank(publisher, "publisher");
        Check.present(authors, "authors");
        return !selfPublishing && authors.contains(publisher) ? Optional.of(SELF_PUBLISHING_REFUSED) : Optional.empty();
    }
}
