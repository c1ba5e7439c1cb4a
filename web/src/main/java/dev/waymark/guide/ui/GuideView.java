package dev.waymark.guide.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.waymark.base.ui.ReaderLanguage;
import dev.waymark.base.ui.Texts;
import dev.waymark.base.ui.TravelerLayout;
import dev.waymark.guide.CardType;
import dev.waymark.guide.GuideContent;
import dev.waymark.guide.GuideViews;
import dev.waymark.guide.Language;
import dev.waymark.guide.OperatorCode;
import dev.waymark.guide.Platform;
import dev.waymark.guide.PublishedGuide;
import dev.waymark.guide.ReaderGuides;
import dev.waymark.guide.Situation;
import dev.waymark.guide.Slug;
import dev.waymark.guide.WayKind;
import dev.waymark.report.RateLimitedException;
import dev.waymark.report.ReportKind;
import dev.waymark.report.ReportService;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A published guide in the reader's language ({@link GuidePage} renders it). The address carries the
 * language and situation, so a link shows the same page to whoever opens it.
 */
@Route(value = "guides/:slug", layout = TravelerLayout.class)
@AnonymousAllowed
public class GuideView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ReaderGuides guides;
    private final ReportService reports;
    private final GuideViews views;
    private Language language = Language.ZH_CN;
    private String title = "Waymark";

    public GuideView(ReaderGuides guides, ReportService reports, GuideViews views) {
        this.guides = guides;
        this.reports = reports;
        this.views = views;
        addClassName("wm-guide");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        language = ReaderLanguage.resolve(parameters);
        removeAll();
        Optional<PublishedGuide> found = event.getRouteParameters().get("slug")
                .filter(GuideView::looksLikeSlug)
                .flatMap(slug -> guides.find(new Slug(slug)));
        if (found.isEmpty()) {
            title = Texts.get(language, "guide.notFound");
            Paragraph missing = new Paragraph(title);
            missing.setId("not-found");
            add(missing, new Anchor("/", Texts.get(language, "guide.backHome")));
            return;
        }
        PublishedGuide guide = found.get();
        views.viewed(guide.slug(), language, GuideViews.Channel.VIEW);
        title = guide.content().text(guide.content().title(), language);
        add(GuidePage.forReaders(guide, language, situationFrom(parameters, guide.content()),
                guides.operatorsOf(guide.content()),
                (way, step, kind, comment) -> sendReport(guide, way, step, kind, comment),
                situation -> UI.getCurrent().getPage().getHistory().replaceState(null,
                        GuideLinks.of(guide.slug(), language, situation).substring(1))));
    }

    private static boolean looksLikeSlug(String text) {
        return text.matches("[a-z0-9]+(-[a-z0-9]+)*") && text.length() <= Slug.MAX_LENGTH;
    }

    /** The situation in the address; values that do not fit this guide are ignored. */
    static Situation situationFrom(QueryParameters parameters, GuideContent content) {
        CardType card = parameters.getSingleParameter("card").flatMap(CardType::fromKey)
                .filter(content.cardTypes()::contains).orElse(null);
        OperatorCode operator = parameters.getSingleParameter("operator")
                .flatMap(value -> content.operators().stream().filter(code -> code.value().equals(value)).findFirst())
                .orElse(null);
        Platform platform = parameters.getSingleParameter("platform").flatMap(Platform::fromKey).orElse(null);
        WayKind way = parameters.getSingleParameter("way").flatMap(WayKind::fromKey).orElse(null);
        return new Situation(card, operator, way, platform);
    }

    /** Sends a report about the revision the reader sees; tells the reader and returns false when it was refused. */
    private boolean sendReport(PublishedGuide guide, @Nullable WayKind way, @Nullable Integer step, ReportKind kind,
                               String comment) {
        VaadinRequest request = VaadinRequest.getCurrent();
        String client = request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
        try {
            reports.report(guide.slug(), guide.revision(), way, step, kind, comment, client);
            return true;
        } catch (RateLimitedException e) {
            reportRefused("report.rateLimited");
        } catch (IllegalArgumentException e) {
            reportRefused("report.failed");
        }
        return false;
    }

    private void reportRefused(String key) {
        Notification notification = Notification.show(Texts.get(language, key), 6000, Notification.Position.MIDDLE);
        notification.setId("report-refused");
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    @Override
    public String getPageTitle() {
        return title + " · Waymark";
    }
}
