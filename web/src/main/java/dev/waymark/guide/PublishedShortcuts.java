package dev.waymark.guide;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.waymark.base.http.CachedResponses;
import dev.waymark.base.http.Representation;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A short way for repeated published reads: once a controller has answered an address (path and query, language in
 * it) with a kept rendition, the next {@code GET} or {@code HEAD} of the same address is answered here, before the
 * sign-in machinery and Spring MVC, which cost several times what writing the kept bytes does. It still asks which
 * revision readers see (so nothing stale is ever served) and goes through {@link PublishedReads} as an anonymous
 * reader. When the revision has changed since, or the rendition is no longer kept, or the address is not known,
 * the request goes the usual way and the controller answers (validating parameters, rendering, remembering).
 * Addresses are remembered up to a bound, so unknown ones fill nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class PublishedShortcuts extends OncePerRequestFilter {

    /** What an address was answered with. */
    private record Shortcut(Slug slug, int revision, String kind, String variant, Language language,
                            GuideViews.Channel channel, Map<String, String> headers) {
    }

    private static final AnonymousAuthenticationToken READER = new AnonymousAuthenticationToken("published-reads",
            "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    private final PublishedReads reads;
    private final GuideViews views;
    private final Cache<String, Shortcut> shortcuts = Caffeine.newBuilder().maximumSize(20_000).build();
    private final SecurityContextHolderStrategy security = SecurityContextHolder.getContextHolderStrategy();

    PublishedShortcuts(PublishedReads reads, GuideViews views) {
        this.reads = reads;
        this.views = views;
    }

    /**
     * Remembers that {@code request}'s address is answered by this rendition, with these extra headers. Only for
     * addresses whose answer depends on nothing but the address (no negotiated language).
     */
    public void remember(HttpServletRequest request, Slug slug, String kind, PublishedReads.Rendition rendition,
                         Language language, GuideViews.Channel channel, Map<String, String> headers) {
        shortcuts.put(address(request), new Shortcut(slug, rendition.revision(), kind, rendition.variant(), language,
                channel, Map.copyOf(headers)));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method)) || shortcuts.estimatedSize() == 0;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Shortcut shortcut = shortcuts.getIfPresent(address(request));
        Optional<Representation> kept = shortcut == null ? Optional.empty() : kept(shortcut);
        if (kept.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        shortcut.headers().forEach(response::setHeader);
        views.viewed(shortcut.slug(), shortcut.language(), shortcut.channel());
        CachedResponses.write(request, response, kept.get(), CachedResponses.PUBLISHED);
    }

    private Optional<Representation> kept(Shortcut shortcut) {
        SecurityContext previous = security.getContext();
        SecurityContext reader = security.createEmptyContext();
        reader.setAuthentication(READER);
        security.setContext(reader);
        try {
            return reads.kept(shortcut.slug(), shortcut.revision(), shortcut.kind(), shortcut.variant());
        } catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException e) {
            // The database is unreachable: the controller's way answers with its "temporarily unavailable" page.
            return Optional.empty();
        } finally {
            security.setContext(previous);
        }
    }

    private static String address(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }
}
