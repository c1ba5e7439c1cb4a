package dev.waymark.guide;

import java.util.List;
import java.util.Set;

/** A published guide in a list: enough to show and filter it, in one language. */
public record GuideSummary(GuideId id, Slug slug, CountryCode country, Topic topic, Language language, String title,
                           String summary, Set<CardType> cardTypes, List<OperatorCode> operators, int revision) {
}
