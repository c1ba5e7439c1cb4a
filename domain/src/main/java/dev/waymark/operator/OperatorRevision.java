package dev.waymark.operator;

import dev.waymark.base.Check;
import java.time.Instant;

/**
 * An immutable snapshot of an operator as one save left it, with who saved it, when and why. Revisions are
 * numbered from 1; the latest one's number is the operator's version for optimistic locking.
 */
public record OperatorRevision(int number, Operator operator, String author, Instant createdAt, String message) {

    public static final int MESSAGE_MAX_LENGTH = 500;

    public OperatorRevision {
        Check.that(number >= 1, "revision numbers start at 1");
        Check.present(operator, "operator");
        author = Check.notBlank(author, "author");
        Check.present(createdAt, "time");
        message = Check.maxLength(message == null ? "" : message.strip(), MESSAGE_MAX_LENGTH, "revision message");
    }
}
