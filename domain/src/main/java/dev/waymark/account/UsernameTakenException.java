package dev.waymark.account;

/** Thrown when a new user would take a username that exists. Nothing was written. */
public class UsernameTakenException extends RuntimeException {

    public UsernameTakenException(String username) {
        super("the username '" + username + "' is taken");
    }
}
