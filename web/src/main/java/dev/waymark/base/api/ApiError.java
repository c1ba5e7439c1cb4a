package dev.waymark.base.api;

/** The body of every API error: the HTTP status, its reason phrase and what was wrong. */
public record ApiError(int status, String error, String message) {
}
