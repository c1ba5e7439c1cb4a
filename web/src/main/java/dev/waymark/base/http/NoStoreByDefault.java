package dev.waymark.base.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every response that does not say how it may be cached is {@code Cache-Control: private, no-store}: editors'
 * pages, Vaadin's pages (each holds a session) and errors are never kept by a browser's history cache or a shared
 * cache. Responses that say it themselves (published reads, hashed static files) keep what they say, and a
 * {@code 304} is left alone, as its headers would replace those of the copy it confirms.
 *
 * <p>The default is set when the body is first asked for (headers come before the body, so by then the response
 * has said what it will say), or when the response is sent without one. Waiting for the commit is not enough:
 * Vaadin's pages are forwarded to its servlet, and a forwarded response is closed by the container unseen.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NoStoreByDefault extends OncePerRequestFilter {

    static final String NO_STORE = "private, no-store";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public ServletOutputStream getOutputStream() throws IOException {
                applyTo(response);
                return super.getOutputStream();
            }

            @Override
            public PrintWriter getWriter() throws IOException {
                applyTo(response);
                return super.getWriter();
            }

            @Override
            public void sendError(int sc, String msg) throws IOException {
                applyTo(response);
                super.sendError(sc, msg);
            }

            @Override
            public void sendError(int sc) throws IOException {
                applyTo(response);
                super.sendError(sc);
            }

            @Override
            public void sendRedirect(String location) throws IOException {
                applyTo(response);
                super.sendRedirect(location);
            }

            @Override
            public void flushBuffer() throws IOException {
                applyTo(response);
                super.flushBuffer();
            }
        });
        if (!response.isCommitted()) {
            applyTo(response);
        }
    }

    private static void applyTo(HttpServletResponse response) {
        if (!response.isCommitted() && response.getStatus() != HttpStatus.NOT_MODIFIED.value()
                && !response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
        }
    }
}
