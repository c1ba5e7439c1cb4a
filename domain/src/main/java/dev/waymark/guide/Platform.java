package dev.waymark.guide;

import dev.waymark.base.Keys;
import java.util.Optional;

/** A device platform, for steps that differ between phones (eSIM settings, for example). */
public enum Platform {
    IOS("ios", "iPhone / iPad"),
    ANDROID("android", "Android");

    private final String key;
    private final String label;

    Platform(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<Platform> fromKey(String text) {
        return Keys.find(values(), Platform::key, text);
    }
}
