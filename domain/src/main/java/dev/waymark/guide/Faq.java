package dev.waymark.guide;

import dev.waymark.base.Check;

/** A question readers ask, with its answer. */
public record Faq(LocalizedText question, LocalizedText answer, Evidence evidence) {

    public static final int TEXT_MAX_LENGTH = 4000;
    public static final int QUESTION_MAX_LENGTH = 500;

    public Faq {
        Check.present(question, "question");
        Check.present(answer, "answer");
        Check.that(!question.isEmpty(), "a FAQ entry needs its question");
        Check.that(!answer.isEmpty(), "a FAQ entry needs its answer");
        question.checkMaxLength(QUESTION_MAX_LENGTH, "question");
        answer.checkMaxLength(TEXT_MAX_LENGTH, "answer");
        evidence = evidence == null ? Evidence.UNVERIFIED : evidence;
    }
}
