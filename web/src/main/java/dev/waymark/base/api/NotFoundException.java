package dev.waymark.base.api;

/** What the request names does not exist, or is not visible to the caller (HTTP 404). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
