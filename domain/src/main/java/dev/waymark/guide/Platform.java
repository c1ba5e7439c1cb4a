package dev.waymark.guide;

import java.util.Locale;
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
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (Platform platform : values()) {
            if (platform.key.equals(wanted)) {
                return Optional.of(platform);
            }
        }
        return Optional.empty();
    }
}
