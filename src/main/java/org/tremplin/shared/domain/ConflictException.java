package org.tremplin.shared.domain;

/** A request that collides with the stored state or a rule that depends on other records (HTTP 409); see {@link InvalidValueException} for what the request alone shows wrong. */
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
