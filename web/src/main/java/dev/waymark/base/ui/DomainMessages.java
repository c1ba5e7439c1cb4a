package dev.waymark.base.ui;

import dev.waymark.guide.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The guide domain's messages in the editor's language. The domain speaks English (its checks throw
 * {@link IllegalArgumentException} with a sentence a person can act on); each sentence it can say is matched
 * here and rewritten from {@code i18n/messages_*.properties} ({@code domain.*}), the values it names kept. The
 * English texts there are the domain's own words, so English comes back unchanged. A message made of several
 * (joined with "; ") is translated part by part; one this table does not know is shown as the domain wrote it.
 */
public final class DomainMessages {

    /** A sentence: its shape, its text key, and which of its values are domain words to translate too. */
    private record Rule(Pattern pattern, String key, boolean[] words) {
    }

    private static final String VALUE = "'(.*)'";
    private static final String CODE = "(\\S+)";

    private static final List<Rule> RULES = List.of(
            // Lifecycle (Guide)
            rule("only a draft or a guide in review can be published \\(this guide is (\\w+)\\)", "guide.publishStatus", true),
            rule("only a draft can be submitted for review \\(this guide is (\\w+)\\)", "guide.submitStatus", true),
            rule("an archived guide must be restored from the archive before editing", "guide.archivedEdit"),
            rule("the guide is archived already", "guide.archivedAlready"),
            rule("only an archived guide can be restored from the archive", "guide.notArchived"),
            rule("save the guide before publishing it", "guide.saveFirst"),
            rule("a guide needs at least one way with a step before it can be published", "guide.needsStep"),
            rule("the unsorted part still holds imported text: move it into the guide or delete it", "guide.unsorted"),
            rule("a guide needs at least one source before it can be published", "guide.needsSource"),
            rule("you wrote or imported changes in this version: another editor must publish it", "guide.secondPerson"),
            // What a guide's parts must agree on (GuideContent)
            rule("the title is required in the source language \\((.+)\\)", "content.titleInSource"),
            rule("a guide must cover at least one card type", "content.cardType"),
            rule("an operator is listed twice", "content.operatorTwice"),
            rule("operator " + CODE + " is not in the guide's country " + CODE, "content.operatorCountry"),
            rule("there are two ways of kind " + CODE + ": merge them and limit steps to operators or card types instead",
                    "content.twoWays", true),
            rule("a part is limited to card type " + CODE + ", which the guide does not cover", "content.cardTypeNotCovered",
                    true),
            rule("a part is limited to operator " + CODE + ", which the guide does not cover", "content.operatorNotCovered"),
            rule("a fact cites source '(.+)', which the guide does not list", "content.sourceNotListed"),
            rule("a contact belongs to operator " + CODE + ", which the guide does not cover", "content.contactOperator"),
            // The three kinds of statement (Evidence)
            rule("a fact cannot be marked verified without a source: cite one of the guide's sources, or mark it"
                    + " unverified or general advice", "evidence.sourcedWithoutSource"),
            rule("general advice cites no source: a statement that cites one is a sourced fact", "evidence.adviceWithSource"),
            rule("a statement cites the same source twice", "evidence.sourceTwice"),
            // Parts
            rule("a step needs its text", "part.stepText"),
            rule("a check needs its text", "part.checkText"),
            rule("a caution needs its text", "part.cautionText"),
            rule("a fact needs its text", "part.factText"),
            rule("a FAQ entry needs its question", "part.faqQuestion"),
            rule("a FAQ entry needs its answer", "part.faqAnswer"),
            rule("a phrase needs its meaning in the reader's language", "part.phraseMeaning"),
            rule("a document needs its name", "part.documentName"),
            rule("a requirement needs its condition", "part.requirementCondition"),
            rule("a way has at most (\\d+) steps", "part.maxSteps"),
            rule("a phone number may hold only digits, spaces, \\+, \\*, #, \\(, \\), /, \\. and - \\(was " + VALUE + "\\)",
                    "part.phone"),
            rule("a fax number may hold only digits, spaces, \\+, \\*, #, \\(, \\), /, \\. and - \\(was " + VALUE + "\\)",
                    "part.fax"),
            rule("not an email address: " + VALUE, "part.email"),
            rule("a website must be an http or https address \\(was " + VALUE + "\\)", "part.website"),
            rule("phrase language must be a language tag such as sr-Latn \\(was " + VALUE + "\\)", "part.phraseLanguage"),
            // Pictures (Illustration, GuideContent)
            rule("picture (\\d+) of step (\\d+) of way " + CODE + " needs its alt text in (.+) before the guide can be "
                    + "published", "picture.altStep", false, false, true, false),
            rule("picture (\\d+) of way " + CODE + " needs its alt text in (.+) before the guide can be published",
                    "picture.altWay", false, true, false),
            rule("picture (\\d+) of (requirement|document|caution|phrase) (\\d+) needs its alt text in (.+) before the "
                    + "guide can be published", "picture.altPart", false, true, false, false),
            rule("a part has at most (\\d+) pictures", "picture.max"),
            rule("a picture's size must be between 1 and (\\d+) pixels \\(was (\\d+) × (\\d+)\\)", "picture.size"),
            // Sources and values
            rule("source key " + VALUE + " is used twice", "source.keyTwice"),
            rule("review-due date " + CODE + " must not be before the last-verified date " + CODE, "source.reviewBeforeVerified"),
            rule("source URL must be an http or https address \\(was " + VALUE + "\\)", "source.url"),
            rule("source key must be lower-case words joined by hyphens \\(was " + VALUE + "\\)", "source.keyShape"),
            rule("slug must be lower-case letters a-z, digits and single hyphens between words \\(was " + VALUE + "\\)",
                    "value.slug"),
            rule("topic must be lower-case words joined by hyphens \\(was " + VALUE + "\\)", "value.topic"),
            rule("country code must be an ISO 3166-1 alpha-2 code in upper case, such as RS \\(was " + VALUE + "\\)",
                    "value.country"),
            rule("operator code must look like 'rs-yettel': country, hyphen, lower-case name \\(was " + VALUE + "\\)",
                    "value.operatorCode"),
            // The checks every record makes (Check), naming the field
            rule("(.+?) \\(([A-Za-z-]+)\\) must be at most (\\d+) characters \\(was (\\d+)\\)", "check.maxLengthIn",
                    true, false, false, false),
            rule("(.+) must be at most (\\d+) characters \\(was (\\d+)\\)", "check.maxLength", true, false, false),
            rule("(.+) is required", "check.required", true),
            rule("(.+) must not be blank", "check.blank", true),
            rule("(.+) must not contain empty entries", "check.emptyEntries", true));

    private DomainMessages() {
    }

    /** The message in {@code language}; never null. */
    public static String translate(Language language, String message) {
        return Arrays.stream(message.split("; ")).map(part -> one(language, part)).collect(Collectors.joining("; "));
    }

    /** True when {@link #translate} knows every part of the message. */
    public static boolean knows(String message) {
        return Arrays.stream(message.split("; ")).allMatch(part -> RULES.stream().anyMatch(rule ->
                rule.pattern().matcher(part).matches()));
    }

    private static String one(Language language, String message) {
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(message);
            if (matcher.matches()) {
                List<Object> values = new ArrayList<>();
                for (int group = 1; group <= matcher.groupCount(); group++) {
                    String value = matcher.group(group);
                    values.add(group <= rule.words().length && rule.words()[group - 1] ? word(language, value) : value);
                }
                return Texts.get(language, "domain." + rule.key(), values.toArray());
            }
        }
        return message;
    }

    /** A domain word ("step text", "ARCHIVED") in the language, or as it is when there is no translation. */
    private static String word(Language language, String word) {
        try {
            return Texts.get(language, "domain.word." + word.toLowerCase(Locale.ROOT).replace(' ', '_'));
        } catch (MissingResourceException unknown) {
            return word;
        }
    }

    private static Rule rule(String regex, String key, boolean... words) {
        return new Rule(Pattern.compile(regex), key, words);
    }
}
