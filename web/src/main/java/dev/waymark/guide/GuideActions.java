package dev.waymark.guide;

/**
 * The audit actions of guides; the audit target is the guide's slug. Filtering the audit record by
 * {@code guide} finds them all.
 */
public final class GuideActions {

    public static final String CREATE = "guide.create";
    public static final String SAVE = "guide.save";
    public static final String SUBMIT = "guide.submit";
    public static final String PUBLISH = "guide.publish";
    public static final String ARCHIVE = "guide.archive";
    public static final String UNARCHIVE = "guide.unarchive";
    public static final String RESTORE = "guide.restore";
    public static final String IMPORT = "guide.import";
    public static final String EXPORT = "guide.export";
    /** A translator confirmed stale translations as still correct; the detail names the fields. */
    public static final String CONFIRM_TRANSLATION = "guide.translation.confirm";

    private GuideActions() {
    }
}
