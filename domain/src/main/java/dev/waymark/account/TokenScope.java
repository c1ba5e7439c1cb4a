package dev.waymark.account;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an API token may be used for. A token carries one or more; each endpoint reached with a token names the scope
 * it needs. A token never gives more than its owner's roles allow at the time of the call.
 */
public enum TokenScope {
    /** Read guides in any status, drafts included ({@code GET /api/editor/guides}). */
    READ_DRAFTS("drafts:read"),
    /** Import guide files and Markdown articles as drafts. */
    IMPORT("import"),
    /** Export guides as {@code waymark-guides} files. */
    EXPORT("export"),
    /** Add and change operators in the registry, and read their revisions ({@code /api/editor/operators}). */
    OPERATORS("operators"),
    /** Admin endpoints such as metrics and Prometheus; only for admins. */
    ADMIN("admin");

    private final String key;

    TokenScope(String key) {
        this.key = key;
    }

    /** The scope's name in storage, in the API and in the {@code SCOPE_} authority, such as {@code export}. */
    public String key() {
        return key;
    }

    /** The Spring Security authority a token with this scope carries, such as {@code SCOPE_export}. */
    public String authority() {
        return "SCOPE_" + key;
    }

    public static Optional<TokenScope> fromKey(String key) {
        return Arrays.stream(values()).filter(scope -> scope.key.equals(key)).findFirst();
    }
}
