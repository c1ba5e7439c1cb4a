package dev.waymark.guide;

/**
 * Thrown when a guide is saved from a version someone else has changed since it was loaded. Nothing
 * was written; the caller reloads, looks at the other changes and reapplies its own.
 */
public class StaleGuideException extends RuntimeException {

    private final GuideId id;
    private final long expectedVersion;

    public StaleGuideException(GuideId id, long expectedVersion) {
        super("guide " + id + " was changed by someone else since it was opened (version " + expectedVersion
                + " is no longer current); nothing was saved");
        this.id = id;
        this.expectedVersion = expectedVersion;
    }

    public GuideId id() {
        return id;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
