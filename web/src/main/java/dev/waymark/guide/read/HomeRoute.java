package dev.waymark.guide.read;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Readers' {@code /} is the home page ({@link HomePages}, at {@link #PATH}). Vaadin's client, which serves the staff
 * views, also talks to {@code /} ({@code /?v-r=init}, {@code ?v-r=uidl}...): those requests, and anything but a
 * {@code GET} or {@code HEAD}, go on to Vaadin untouched. A Spring MVC mapping of {@code /} cannot tell the two apart
 * without answering Vaadin's requests with an error.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 19)
class HomeRoute extends OncePerRequestFilter {

    static final String PATH = "/home";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method))
                || !request.getRequestURI().equals(request.getContextPath() + "/")
                || request.getParameter("v-r") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.getRequestDispatcher(PATH).forward(request, response);
    }
}
