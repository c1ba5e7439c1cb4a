package dev.waymark.account;

/** Input that breaks a rule, with the field it belongs to, so a form can show the message beside it. */
public class AccountInputException extends IllegalArgumentException {

    public enum Field { USERNAME, DISPLAY_NAME, ROLES, PASSWORD, CURRENT_PASSWORD }

    private final Field field;

    public AccountInputException(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
