package org.tremplin.shared.rest;

import java.util.List;

/** Input that cannot even be turned into a domain object (a date that does not exist, an unknown enum). */
public class InvalidInputException extends RuntimeException {
    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("Invalid input: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> getErrors() {
        return errors;
    }
}
