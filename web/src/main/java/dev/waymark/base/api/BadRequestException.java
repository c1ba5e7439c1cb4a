package dev.waymark.base.api;

/** A request parameter was wrong; the message says which and why (HTTP 400). */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
