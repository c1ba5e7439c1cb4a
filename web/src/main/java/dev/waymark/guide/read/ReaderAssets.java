package dev.waymark.guide.read;

import dev.waymark.base.http.CachedResponses;
import dev.waymark.base.http.Representation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The reader app's static files ({@code src/main/resources/reader/}): served at addresses that hold a hash of their
 * bytes ({@code /assets/app-3f2a9c01d4.js}), so browsers and caches keep them for a year and never ask again; a new
 * build gets new addresses. The service worker ({@code /sw.js}) and the manifest keep fixed addresses, as browsers
 * require, and are revalidated; the worker names the hashed files it keeps for offline use.
 */
@Controller
class ReaderAssets {

    /** The files, by name; each served at {@link #url}. */
    private static final Map<String, MediaType> FILES = files();

    static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    private static final CacheControl REVALIDATE = CacheControl.noCache().cachePublic();

    private record Asset(String url, Representation representation) {
    }

    private final Map<String, Asset> byName = new LinkedHashMap<>();
    private final Map<String, Asset> byUrl = new LinkedHashMap<>();
    private final Representation serviceWorker;
    private final Representation manifest;

    ReaderAssets() {
        Instant started = Instant.now();
        FILES.forEach((name, type) -> {
            byte[] bytes = read(name);
            int dot = name.lastIndexOf('.');
            String url = "/assets/" + name.substring(0, dot) + "-" + hash(bytes).substring(0, 12) + name.substring(dot);
            Asset asset = new Asset(url, Representation.of(bytes, type, started));
            byName.put(name, asset);
            byUrl.put(url, asset);
        });
        String version = hash(byName.values().stream().map(Asset::url).collect(Collectors.joining(","))
                .getBytes(StandardCharsets.UTF_8)).substring(0, 12);
        // Kept for offline use: what a page needs to work (its icons it can do without), so installing the worker
        // costs a reader's roaming data little.
        String offline = byName.entrySet().stream().filter(entry -> entry.getKey().startsWith("app."))
                .map(entry -> "\"" + entry.getValue().url() + "\"").collect(Collectors.joining(","));
        String worker = new String(read("sw.js"), StandardCharsets.UTF_8).replace("__VERSION__", version)
                .replace("\"__ASSETS__\"", offline);
        serviceWorker = Representation.of(worker.getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "javascript", StandardCharsets.UTF_8), started);
        String manifestJson = """
                {"name":"Waymark","short_name":"Waymark","description":"Step-by-step guides for leaving a country: \
                cancel your SIM, eSIM or prepaid data card. 离境前注销手机卡的分步指南。","start_url":"/",\
                "scope":"/","display":"standalone","background_color":"#ffffff","theme_color":"#0b57d0",\
                "icons":[{"src":"%s","sizes":"192x192","type":"image/png"},\
                {"src":"%s","sizes":"512x512","type":"image/png"},\
                {"src":"%s","sizes":"512x512","type":"image/png","purpose":"maskable"},\
                {"src":"%s","sizes":"any","type":"image/svg+xml"}]}"""
                .formatted(url("icon-192.png"), url("icon-512.png"), url("icon-512.png"), url("icon.svg"));
        manifest = Representation.of(manifestJson.getBytes(StandardCharsets.UTF_8),
                new MediaType("application", "manifest+json", StandardCharsets.UTF_8), started);
    }

    private static Map<String, MediaType> files() {
        Map<String, MediaType> files = new LinkedHashMap<>();
        files.put("app.css", new MediaType("text", "css", StandardCharsets.UTF_8));
        files.put("app.js", new MediaType("text", "javascript", StandardCharsets.UTF_8));
        files.put("icon.svg", MediaType.valueOf("image/svg+xml"));
        files.put("icon-192.png", MediaType.IMAGE_PNG);
        files.put("icon-512.png", MediaType.IMAGE_PNG);
        return files;
    }

    /** The address of the file {@code name} ({@code app.js}); throws for a file the app does not have. */
    String url(String name) {
        Asset asset = byName.get(name);
        if (asset == null) {
            throw new IllegalArgumentException("no reader asset named " + name);
        }
        return asset.url();
    }

    @GetMapping("/assets/{file:.+}")
    ResponseEntity<byte[]> asset(@PathVariable String file, HttpServletRequest request) {
        Asset asset = byUrl.get("/assets/" + file);
        if (asset == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore())
                    .contentType(MediaType.TEXT_PLAIN).body("no such file\n".getBytes(StandardCharsets.UTF_8));
        }
        return CachedResponses.respond(request, asset.representation(), IMMUTABLE, false);
    }

    @GetMapping("/sw.js")
    ResponseEntity<byte[]> serviceWorker(HttpServletRequest request) {
        return CachedResponses.respond(request, serviceWorker, REVALIDATE, false);
    }

    @GetMapping("/manifest.webmanifest")
    ResponseEntity<byte[]> manifest(HttpServletRequest request) {
        return CachedResponses.respond(request, manifest, CacheControl.maxAge(Duration.ofHours(1)).cachePublic(), false);
    }

    /** Browsers ask for it on their own: the same icon, so the ask is not a 404 in every log. */
    @GetMapping("/favicon.ico")
    ResponseEntity<byte[]> favicon(HttpServletRequest request) {
        return CachedResponses.respond(request, byName.get("icon-192.png").representation(),
                CacheControl.maxAge(Duration.ofDays(7)).cachePublic(), false);
    }

    private static byte[] read(String name) {
        try (InputStream in = ReaderAssets.class.getResourceAsStream("/reader/" + name)) {
            if (in == null) {
                throw new IllegalStateException("reader/" + name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
