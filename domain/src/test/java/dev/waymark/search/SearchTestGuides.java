package dev.waymark.search;

import dev.waymark.guide.Applicability;
import dev.waymark.guide.CardType;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.Evidence;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.Language;
import dev.waymark.guide.LocalizedText;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.Provenance;
import dev.waymark.guide.Source;
import dev.waymark.guide.SourceKey;
import dev.waymark.guide.Step;
import dev.waymark.guide.Topic;
import dev.waymark.guide.Way;
import dev.waymark.guide.WayKind;
import java.net.URI;
import java.util.List;
import java.util.Set;

/** Test data for search: small publishable guides whose words the test chooses. */
public final class SearchTestGuides {

    /** One source, since no guide is published without one. */
    private static final Provenance SOURCED = new Provenance(List.of(new Source(new SourceKey("search-test"),
            URI.create("https://example.org/search-test"), "Search test source", false, null)), null, null);

    private SearchTestGuides() {
    }

    /** A guide in Chinese and English with one way of one step. */
    public static GuideContent guide(String country, String zhTitle, String enTitle, String zhStep, String enStep) {
        return guide(country, LocalizedText.of(zhTitle, enTitle), LocalizedText.of(zhStep, enStep), WayKind.HOTLINE,
                Set.of(CardType.PHYSICAL_SIM), List.of());
    }

    /** A guide in one language only. */
    public static GuideContent only(Language language, String country, String title, String step) {
        return guide(country, LocalizedText.of(language, title), LocalizedText.of(language, step), WayKind.HOTLINE,
                Set.of(CardType.PHYSICAL_SIM), List.of());
    }

    public static GuideContent guide(String country, LocalizedText title, LocalizedText step, WayKind way,
                                     Set<CardType> cardTypes, List<OperatorCode> operators) {
        Language source = title.has(Language.ZH_CN) ? Language.ZH_CN : title.languages().iterator().next();
        return new GuideContent(source, new CountryCode(country), Topic.CANCEL_MOBILE_SERVICE, title,
                LocalizedText.EMPTY, cardTypes, operators, List.of(), List.of(),
                List.of(new Way(way, null, null, List.of(Step.of(step)), null, null, List.of(), Applicability.ALL,
                        Evidence.ADVICE)),
                List.of(), List.of(), List.of(), List.of(), SOURCED, null);
    }
}
