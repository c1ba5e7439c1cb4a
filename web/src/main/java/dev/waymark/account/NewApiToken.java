package dev.waymark.account;

/**
 * A token just created: its summary and its text, which exists only here. Show the text once and drop it: Waymark
 * keeps only its hash and cannot show it again.
 */
public record NewApiToken(ApiTokenSummary token, String secret) {

    @Override
    public String toString() {
        return "NewApiToken[" + token + "]";
    }
}
