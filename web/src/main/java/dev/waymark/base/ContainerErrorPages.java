package dev.waymark.base;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.net.ApplicationBufferHandler;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Tomcat's own refusals, made before the application sees the request (a request line or header too long, a path
 * Tomcat will not decode such as {@code /%2e%2e/} or a NUL): the same bodies as {@link ErrorPages} (an
 * {@code ApiError} on {@code /api/**}, a plain page elsewhere) and the {@link SecurityHeaders}, in place of Tomcat's
 * HTML report. Installed as the host's error report valve by {@link #customizer()}.
 */
public final class ContainerErrorPages extends ErrorReportValve {

    /**
     * Puts this valve in place of the one Spring Boot installs (and of the one Tomcat's host would add at start,
     * which it looks up by class name). Runs after Spring Boot's own customizer.
     */
    static WebServerFactoryCustomizer<TomcatServletWebServerFactory> customizer() {
        return new Customizer();
    }

    private static final class Customizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ContainerErrorPages.class.getName());
                }
                Pipeline pipeline = context.getParent().getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        pipeline.removeValve(valve);
                    }
                }
                pipeline.addValve(new ContainerErrorPages());
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /**
     * The request's path as it arrived, undecoded (a path Tomcat refused to decode has no decoded form). When Tomcat
     * gave up inside the request line (one longer than {@code server.max-http-request-header-size}), it never set
     * the path; the start of the request line is then read from the connection's input buffer, so that an over-long
     * API address still gets a JSON answer.
     */
    private static String path(Request request) {
        String uri = request.getCoyoteRequest().requestURI().toString();
        if (uri != null && !uri.isEmpty()) {
            return uri;
        }
        if (request.getCoyoteRequest().getInputBuffer() instanceof ApplicationBufferHandler buffered
                && buffered.getByteBuffer() != null) {
            ByteBuffer bytes = buffered.getByteBuffer().duplicate();
            int end = Math.min(bytes.capacity(), 64);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < end && i < bytes.limit(); i++) {
                char c = (char) (bytes.get(i) & 0xff);
                if (c == '\r' || c == '\n') {
                    break;
                }
                line.append(c);
            }
            int space = line.indexOf(" ");
            return space < 0 ? "" : line.substring(space + 1);
        }
        return "";
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        boolean api = ErrorPages.isApi(path(request));
        try {
            response.resetBuffer();
            SecurityHeaders.common(response);
            response.setHeader("Content-Security-Policy", SecurityHeaders.STRICT);
            response.setContentType(api ? "application/json" : "text/html");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(api ? ErrorPages.json(status) : ErrorPages.html(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was committed meanwhile: nothing more can be said.
        }
    }
}
