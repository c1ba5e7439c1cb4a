package dev.waymark.guide;

import dev.waymark.base.Check;
import java.time.Instant;

/** An immutable snapshot of a guide's content, with who saved it, when and why. */
public record Revision(GuideId guideId, int number, Slug slug, GuideContent content, String author, Instant createdAt,
                       String message) {

    public static final int MESSAGE_MAX_LENGTH = 500;

    public Revision {
        Check.present(guideId, "guide id");
        Check.that(number >= 1, "revision numbers start at 1");
        Check.present(slug, "slug");
        Check.present(content, "content");
        author = Check.notBlank(author, "author");
        Check.present(createdAt, "time");
        message = Check.maxLength(message == null ? "" : message.strip(), MESSAGE_MAX_LENGTH, "revision message");
    }
}
