package dev.waymark.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A real HTTP receiver on loopback that keeps every request it gets and answers with the status codes it is told to
 * (200 once those run out).
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    record Received(String event, String delivery, String signature, String contentType, String body) {
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();

    WebhookReceiver(Integer... answers) throws IOException {
        this.answers.addAll(java.util.List.of(answers));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            var headers = exchange.getRequestHeaders();
            received.add(new Received(header(headers, "Waymark-Event"), header(headers, "Waymark-Delivery"),
                    header(headers, "Waymark-Signature"), header(headers, "Content-Type"),
                    new String(body, StandardCharsets.UTF_8)));
            Integer answer = this.answers.poll();
            exchange.sendResponseHeaders(answer == null ? 200 : answer, -1);
            exchange.close();
        });
        server.start();
    }

    private static String header(Map<String, java.util.List<String>> headers, String name) {
        var values = headers.get(name);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next request, or null when none arrives within {@code wait}. */
    @Nullable Received next(Duration wait) throws InterruptedException {
        return received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next request about {@code slug} within {@code wait}, skipping others; null when none comes. */
    @Nullable Received nextAbout(String slug, Duration wait) throws InterruptedException {
        long end = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < end) {
            Received next = received.poll(Math.max(1, (end - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            if (next != null && next.body().contains("\"" + slug + "\"")) {
                return next;
            }
        }
        return null;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
