package dev.waymark.account;

/**
 * Thrown when a user is saved from a version someone else has changed since it was loaded. Nothing was
 * written; the caller reloads and decides again.
 */
public class StaleUserException extends RuntimeException {

    public StaleUserException(String username, long expectedVersion) {
        super("user '" + username + "' was changed by someone else since it was shown (version " + expectedVersion
                + " is no longer current); nothing was saved");
    }
}
