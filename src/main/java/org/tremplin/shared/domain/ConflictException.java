package org.tremplin.shared.domain;

import java.util.Map;

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

    /** Members the problem reply adds beside its detail (simple values, lists and maps of them); none by default. */
    public Map<String, Object> details() {
        return Map.of();
    }
}
