package dev.waymark.seed;

import dev.waymark.guide.GuideContent;
import dev.waymark.guide.Slug;

/**
 * One seed file: a guide's slug and content, and the article it was written from.
 *
 * @param basedOn the source article(s) in shared/seeds, for the revision message
 */
public record SeedGuide(Slug slug, String basedOn, GuideContent content) {
}
