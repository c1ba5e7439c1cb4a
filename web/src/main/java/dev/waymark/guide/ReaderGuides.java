package dev.waymark.guide;

import dev.waymark.operator.Operator;
import dev.waymark.operator.OperatorDirectory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What readers may read: published guides only, never drafts. Open to everyone, signed in or not.
 */
@Service
@Transactional(readOnly = true)
public class ReaderGuides {

    private final Guides guides;
    private final OperatorDirectory operators;

    public ReaderGuides(Guides guides, OperatorDirectory operators) {
        this.guides = guides;
        this.operators = operators;
    }

    /** Published guides matching the filter, in its language. Anyone may call it. */
    @PreAuthorize("permitAll()")
    public List<GuideSummary> list(GuideFilter filter) {
        return guides.listPublished(filter);
    }

    /** Published guides grouped by country (countries in the reader's alphabetical order). Anyone may call it. */
    @PreAuthorize("permitAll()")
    public Map<CountryCode, List<GuideSummary>> byCountry(Language language) {
        return guides.listPublished(GuideFilter.all(language)).stream()
                .sorted(java.util.Comparator.comparing((GuideSummary s) -> s.country().displayName(language))
                        .thenComparing(GuideSummary::title))
                .collect(Collectors.groupingBy(GuideSummary::country, LinkedHashMap::new, Collectors.toList()));
    }

    /** The published revision of a guide; empty for unknown, draft-only or archived guides. Anyone may call it. */
    @PreAuthorize("permitAll()")
    public Optional<PublishedGuide> find(Slug slug) {
        return guides.findPublished(slug);
    }

    /** Every operator, by code, from memory. Anyone may call it. */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.SUPPORTS) // no connection, no transaction: nothing is read
    public Map<OperatorCode, Operator> operators() {
        return operators.snapshot().byCode();
    }

    /** The operators a guide names, by code, in the guide's order, from memory. Anyone may call it. */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.SUPPORTS)
    public Map<OperatorCode, Operator> operatorsOf(GuideContent content) {
        return PublishedReads.named(content, operators.snapshot());
    }
}
