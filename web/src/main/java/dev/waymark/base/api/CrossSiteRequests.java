package dev.waymark.base.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests that a browser sends on behalf of another site, before anyone signs in. A browser that once
 * answered an HTTP Basic prompt sends those credentials with every later request to the same address, including a
 * form that another site auto-submits; the editors' API has no CSRF token, so it must not answer such a request.
 * Refused (403, as an {@link ApiError}):
 * <ul>
 *   <li>{@code Sec-Fetch-Site: cross-site} or {@code same-site} (every current browser sends it; a sibling
 *       subdomain is not this application either);</li>
 *   <li>an {@code Origin} other than the request's own (scheme, host and port, as seen through a trusted proxy) or
 *       the configured public address, including {@code Origin: null} (sandboxed frames, {@code data:} pages).</li>
 * </ul>
 * Programs (curl, scripts, CI) send neither header and are not affected.
 */
public final class CrossSiteRequests extends OncePerRequestFilter {

    private final @Nullable String publicOrigin;

    /** @param publicAddress the address readers use ({@code waymark.base-url}); its origin is also accepted */
    public CrossSiteRequests(@Nullable String publicAddress) {
        this.publicOrigin = publicAddress == null || publicAddress.isBlank() ? null : origin(publicAddress).orElse(null);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> refusal = refusal(request);
        if (refusal.isPresent()) {
            ApiSecurityErrors.write(response, HttpStatus.FORBIDDEN, refusal.get());
            return;
        }
        chain.doFilter(request, response);
    }

    /** Why the request is refused; empty when it is not a cross-site browser request. */
    Optional<String> refusal(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            String value = site.strip().toLowerCase(Locale.ROOT);
            if (value.equals("cross-site") || value.equals("same-site")) {
                return Optional.of("requests from another site are refused (Sec-Fetch-Site: " + value + ")");
            }
        }
        String origin = request.getHeader("Origin");
        if (origin != null) {
            String claimed = origin(origin.strip()).orElse("null");
            if (!claimed.equals(own(request)) && !claimed.equals(publicOrigin)) {
                return Optional.of("requests from another origin are refused (Origin: " + claimed + ")");
            }
        }
        return Optional.empty();
    }

    private static String own(HttpServletRequest request) {
        return normalized(request.getScheme(), request.getServerName(), request.getServerPort());
    }

    /** {@code scheme://host[:port]} in lower case, the port only when it is not the scheme's default. */
    static Optional<String> origin(String address) {
        try {
            URI uri = URI.create(address);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(normalized(uri.getScheme(), uri.getHost(), uri.getPort()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String normalized(String scheme, String host, int port) {
        String s = scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort = port < 0 || (s.equals("http") && port == 80) || (s.equals("https") && port == 443);
        return s + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
