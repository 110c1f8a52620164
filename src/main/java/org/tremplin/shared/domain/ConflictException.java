package org.tremplin.shared.domain;

/** A request that breaks a business rule or collides with the stored state (HTTP 409). */
public class ConflictException extends RuntimeException {
    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
