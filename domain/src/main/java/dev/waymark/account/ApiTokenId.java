package dev.waymark.account;

import dev.waymark.base.Check;
import java.util.UUID;

/** An API token's id: shown in lists and used to revoke it; not a secret. */
public record ApiTokenId(UUID value) {

    public ApiTokenId {
        Check.present(value, "token id");
    }

    public static ApiTokenId random() {
        return new ApiTokenId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
