package dev.waymark.importer;

import dev.waymark.guide.GuideId;
import dev.waymark.guide.Slug;

/**
 * One guide a JSON import saved.
 *
 * @param revision the revision the import saved
 * @param created true for a guide new to this instance; false for a new revision of a guide with that slug
 */
public record ImportedGuide(GuideId id, Slug slug, int revision, boolean created) {
}
